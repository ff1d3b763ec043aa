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
    params.initializationOptions = {
      vigie = section or vim.empty_dict(),
      statusNotifications = true,
      -- The plugin selects "[source]" after the "add the source" quick fix
      -- (vim.lsp.commands['vigie.selectPlaceholder'] below).
      selectPlaceholder = true,
    }
  end
end

--- The language of the plugin's own texts: the `language` setting when it is "fr" or "en",
--- else the editor's (v:lang, from LC_MESSAGES / LANG).
function M.lang(settings)
  local section = M.section(settings) or {}
  if section.language == 'fr' or section.language == 'en' then
    return section.language
  end
  local lang = (vim.v.lang or ''):lower()
  if lang:match('^fr') then
    return 'fr'
  end
  return 'en'
end

--- The corpus root of a file: the nearest folder above it with one of `markers`, else the
--- file's own folder (a folder of articles with no vigie.toml and no .git just works), with
--- a message saying so. Nil for a buffer without a file.
function M.find_root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local dir = vim.fs.dirname(name)
  local found = vim.fs.find(markers or M.root_markers, { path = dir, upward = true })[1]
  if found then
    return vim.fs.dirname(found)
  end
  if not M.announced_roots[dir] then
    M.announced_roots[dir] = true
    vim.schedule(function()
      vim.notify(
        ('vigie: no vigie.toml or .git above %s: the corpus is its folder, %s'):format(
          vim.fn.fnamemodify(name, ':t'),
          vim.fn.fnamemodify(dir, ':~')
        ),
        vim.log.levels.INFO
      )
    end)
  end
  return dir
end

--- Folders already announced as corpus roots by find_root.
M.announced_roots = {}

--- `root_dir` for vim.lsp.config (0.11+): find_root with the markers of setup{} or the
--- defaults.
function M.root_dir(bufnr, on_dir)
  local opts = package.loaded['vigie'] and package.loaded['vigie'].options or {}
  local root = M.find_root(bufnr, opts.root_markers)
  if root then
    on_dir(root)
  end
end

--- Selects `range` (LSP, in the client's position encoding) of the document `uri` in Select
--- mode, so that typing replaces it: what follows the "add the source" quick fix.
function M.select_range(uri, range, encoding)
  local bufnr = vim.uri_to_bufnr(uri)
  if not vim.api.nvim_buf_is_loaded(bufnr) then
    return
  end
  local function byte_col(pos)
    local line = vim.api.nvim_buf_get_lines(bufnr, pos.line, pos.line + 1, false)[1] or ''
    if encoding == 'utf-8' then
      return math.min(pos.character, #line)
    end
    local ok, col = pcall(vim.str_byteindex, line, encoding or 'utf-16', pos.character, false)
    if not ok then
      ok, col = pcall(vim.str_byteindex, line, pos.character, encoding ~= 'utf-32')
    end
    return ok and col or pos.character
  end
  local start_col = byte_col(range.start)
  local end_col = byte_col(range['end'])
  if end_col <= start_col then
    return
  end
  local win = vim.fn.bufwinid(bufnr)
  if win == -1 then
    return
  end
  vim.api.nvim_set_current_win(win)
  local line = vim.api.nvim_buf_get_lines(bufnr, range['end'].line, range['end'].line + 1, false)[1] or ''
  -- The last character of the range: its first byte.
  local last = end_col - 1
  while last > start_col and vim.str_utf_start and vim.str_utf_start(line, last + 1) < 0 do
    last = last - 1
  end
  vim.api.nvim_win_set_cursor(win, { range.start.line + 1, start_col })
  local keys = vim.api.nvim_replace_termcodes(
    ('<Esc>v%d|<C-g>'):format(vim.fn.virtcol({ range['end'].line + 1, last + 1 })),
    true,
    false,
    true
  )
  vim.api.nvim_feedkeys(keys, 'n', false)
end

vim.lsp.commands['vigie.selectPlaceholder'] = function(command, ctx)
  local arg = command.arguments and command.arguments[1]
  if type(arg) ~= 'table' or not arg.uri or not arg.range then
    return
  end
  local client = ctx and ctx.client_id and vim.lsp.get_client_by_id(ctx.client_id)
  M.select_range(arg.uri, arg.range, client and client.offset_encoding or 'utf-16')
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
