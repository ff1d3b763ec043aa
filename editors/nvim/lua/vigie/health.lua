--- :checkhealth vigie
local config = require('vigie.config')

local M = {}

-- The report functions were named report_* before Neovim 0.10.
local health = vim.health
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local fail = health.error or health.report_error
local info = health.info or health.report_info

local function is_health_buffer(bufnr)
  return vim.bo[bufnr].filetype == 'checkhealth' or vim.api.nvim_buf_get_name(bufnr):match('^health://') ~= nil
end

--- The buffer the user was in: :checkhealth runs its checks from its own buffer, opened in a
--- new tab, a split or a float.
local function user_buffer()
  local current = vim.api.nvim_get_current_buf()
  if not is_health_buffer(current) then
    return current
  end
  local candidates = {}
  local prev_win = vim.fn.winnr('#')
  if prev_win > 0 then
    table.insert(candidates, vim.fn.winbufnr(prev_win))
  end
  local prev_tab = vim.fn.tabpagenr('#')
  if prev_tab > 0 then
    local tab = vim.api.nvim_list_tabpages()[prev_tab]
    if tab then
      table.insert(candidates, vim.api.nvim_win_get_buf(vim.api.nvim_tabpage_get_win(tab)))
    end
  end
  table.insert(candidates, vim.fn.bufnr('#'))
  for _, bufnr in ipairs(candidates) do
    if bufnr > 0 and vim.api.nvim_buf_is_valid(bufnr) and not is_health_buffer(bufnr) then
      return bufnr
    end
  end
  return nil
end

--- The command the plugin would start: setup()'s `cmd`, else vim.lsp.config's, else the
--- default.
local function server_cmd()
  local vigie = require('vigie')
  if vigie.options and vigie.options.cmd then
    return config.cmd(vigie.options.cmd), 'setup{ cmd }'
  end
  if vim.lsp.config then
    local ok_cfg, resolved = pcall(function()
      return vim.lsp.config[config.name]
    end)
    if ok_cfg and resolved and type(resolved.cmd) == 'table' then
      return resolved.cmd, "vim.lsp.config('vigie')"
    end
  end
  return config.cmd(), 'default'
end

local function check_neovim()
  local version = tostring(vim.version())
  if vim.fn.has('nvim-0.11') == 1 then
    ok("Neovim " .. version .. ": vim.lsp.enable('vigie') and require('vigie').setup{} both work")
  elseif vim.fn.has('nvim-0.9') == 1 then
    ok('Neovim ' .. version .. ": use require('vigie').setup{} (vim.lsp.enable('vigie') needs 0.11)")
  else
    fail('Neovim ' .. version .. ' is too old', { 'vigie needs Neovim 0.9 or later' })
  end
end

local function check_binary()
  local cmd, origin = server_cmd()
  local bin = cmd[1]
  if vim.fn.executable(bin) ~= 1 then
    fail(('server `%s` (%s) not found or not executable'):format(bin, origin), {
      'install it: cargo install --path server (from the vigie repository)',
      "or point to it: require('vigie').setup{ cmd = '/path/to/vigie' }"
        .. " or vim.lsp.config('vigie', { cmd = { '/path/to/vigie', 'lsp' } })",
    })
    return
  end
  local path = vim.fn.exepath(bin)
  local output = vim.fn.system({ bin, '--version' })
  local first = vim.trim(vim.split(output or '', '\n')[1] or '')
  if vim.v.shell_error ~= 0 then
    fail(('`%s --version` failed (exit %d): %s'):format(path, vim.v.shell_error, first))
    return
  end
  ok(('server: %s (%s), `--version`: %s'):format(path, origin, first))
  info('command: ' .. table.concat(cmd, ' '))
end

local function describe(client)
  local parts = { ('client %d'):format(client.id) }
  local root = client.root_dir or (client.config and client.config.root_dir)
  table.insert(parts, 'root ' .. (root or '(none: single file)'))
  if client.offset_encoding then
    table.insert(parts, 'position encoding ' .. client.offset_encoding)
  end
  if client.server_info and client.server_info.version then
    table.insert(parts, 'server ' .. client.server_info.name .. ' ' .. client.server_info.version)
  end
  return table.concat(parts, ', ')
end

local function check_client()
  local vigie = require('vigie')
  local bufnr = user_buffer()
  if not bufnr then
    info('no buffer to check: open an article and run :checkhealth vigie again')
  else
    local name = vim.api.nvim_buf_get_name(bufnr)
    local label = ('buffer %d (%s, filetype %s)'):format(
      bufnr,
      name == '' and '[No Name]' or vim.fn.fnamemodify(name, ':~:.'),
      vim.bo[bufnr].filetype == '' and 'none' or vim.bo[bufnr].filetype
    )
    local attached = vigie.clients(bufnr)
    if #attached > 0 then
      for _, client in ipairs(attached) do
        ok(('attached to %s: %s'):format(label, describe(client)))
      end
      local status = require('vigie.status').index(bufnr)
      if not status then
        info('corpus index: no status received yet')
      elseif status.state == 'failed' then
        warn('corpus index: ' .. (status.message or 'indexing failed'), { 'see the server log; :VigieReindex! rebuilds it' })
      elseif status.state == 'indexing' then
        info(('corpus index: indexing, %d/%d files'):format(status.done or 0, status.total or 0))
      elseif status.state == 'ready' and (status.articles or 0) == 0 then
        local root = attached[1].root_dir or (attached[1].config and attached[1].config.root_dir)
        warn('corpus index: 0 articles' .. (status.message and (' (' .. status.message .. ')') or ''), {
          root and ('the corpus is the folder ' .. vim.fn.fnamemodify(root, ':~') .. ' and the `corpus.paths` of its vigie.toml')
            or 'the client has no root folder (a buffer without a file?): vigie indexes nothing',
          'vigie indexes .md, .markdown and .txt files there, honouring .gitignore and `corpus.exclude`; files that are not UTF-8 are skipped',
          'put a vigie.toml at the top of the articles folder, or open an article inside it, then :VigieReindex',
        })
      else
        info('corpus index: ' .. (status.message or (status.articles .. ' articles')))
      end
    else
      local filetypes = (vigie.options and vigie.options.filetypes) or config.filetypes
      if vim.tbl_contains(filetypes, vim.bo[bufnr].filetype) then
        warn(('no vigie client attached to %s'):format(label), {
          "enable it: vim.lsp.enable('vigie') (Neovim 0.11+) or require('vigie').setup{}",
          'see the server log: :lua vim.cmd.edit(vim.lsp.get_log_path())',
          ':VigieRestart starts it again',
        })
      else
        info(('%s: vigie serves the filetypes %s only'):format(label, table.concat(filetypes, ', ')))
      end
    end
  end
  local all = vigie.clients()
  if #all > 0 then
    for _, client in ipairs(all) do
      info('running: ' .. describe(client))
    end
  else
    info('no vigie client is running')
  end
end

function M.check()
  start('vigie')
  check_neovim()
  check_binary()
  check_client()
end

return M
