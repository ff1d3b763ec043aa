--- The pieces of the vigie client configuration shared by `lsp/vigie.lua` (Neovim 0.11+,
--- `vim.lsp.enable('vigie')`) and `require('vigie').setup{}` (every version from 0.9).
local M = {}

M.name = 'vigie'
M.default_cmd = { 'vigie', 'lsp' }
M.filetypes = { 'markdown', 'text' }
M.root_markers = { 'vigie.toml', '.git' }

--- Keys of the `vigie` settings section whose values are JSON arrays; every other table in
--- the section is a JSON object.
local lists = { paths = true, exclude = true }

local islist = vim.islist or vim.tbl_islist

--- A copy of a settings section without the tables that set nothing, or nil when the whole
--- section sets nothing. Neovim encodes every empty Lua table as `[]`, which the server
--- would refuse where it expects an object; an empty list (`corpus.exclude = {}`, to clear
--- the list of `vigie.toml`) is kept.
local function clean(value, key)
  if type(value) ~= 'table' then
    return value
  end
  if next(value) == nil then
    if lists[key] then
      return {}
    end
    return nil
  end
  if islist(value) then
    return vim.deepcopy(value)
  end
  local out = {}
  for k, v in pairs(value) do
    out[k] = clean(v, k)
  end
  if next(out) == nil then
    return nil
  end
  return out
end

--- The `vigie` section from what the user wrote: either the section itself
--- (`{ houseStyle = 'afp' }`) or wrapped (`{ vigie = { houseStyle = 'afp' } }`).
--- Returns nil when it sets nothing.
function M.section(settings)
  if type(settings) ~= 'table' then
    return nil
  end
  if type(settings.vigie) == 'table' then
    settings = settings.vigie
  end
  return clean(settings)
end

--- Rewrites `config.settings` in place so that it holds `{ vigie = section }`, or nothing
--- when the section is empty (then Neovim sends no `workspace/didChangeConfiguration` at
--- start-up, and the server keeps `vigie.toml` as it is). Returns the section.
function M.normalize_settings(config)
  local section = M.section(config.settings)
  config.settings = config.settings or {}
  for k in pairs(config.settings) do
    config.settings[k] = nil
  end
  if section then
    config.settings.vigie = section
  end
  return section
end

--- `before_init` hook: the settings also go out as `initializationOptions`, so that the
--- first index of the corpus already honours `corpus.paths` and `corpus.exclude`; and the
--- client asks for the `vigie/indexStatus` notifications that feed the statusline.
function M.before_init(params, config)
  local section = M.normalize_settings(config)
  if params.initializationOptions == nil or params.initializationOptions == vim.NIL then
    params.initializationOptions = { vigie = section or vim.empty_dict(), statusNotifications = true }
  end
end

--- Handlers of vigie's own notifications.
M.handlers = {
  ['vigie/indexStatus'] = function(err, result, ctx)
    require('vigie.status').on_index_status(err, result, ctx)
  end,
}

--- The command line from a `cmd` option: a list is taken as it is, a string is the path of
--- the binary (`lsp` is added).
function M.cmd(cmd)
  if cmd == nil then
    return vim.deepcopy(M.default_cmd)
  end
  if type(cmd) == 'string' then
    return { cmd, 'lsp' }
  end
  return cmd
end

return M
