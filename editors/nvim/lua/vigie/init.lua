--- vigie for Neovim: starts `vigie lsp` on Markdown and plain-text buffers, and adds
--- :VigieMentions, :VigieRestart, :VigieReindex and a statusline component. See :help vigie.
---
--- Neovim 0.11+ can do without setup(): `vim.lsp.enable('vigie')` reads `lsp/vigie.lua`.
--- setup() works from 0.9: on 0.11+ it goes through vim.lsp.config / vim.lsp.enable, before
--- that through vim.lsp.start from a FileType autocommand.
local config = require('vigie.config')

local M = {}

local has_011 = vim.fn.has('nvim-0.11') == 1

--- The options of the last setup() call (nil before).
M.options = nil

local function notify(msg, level)
  vim.notify('vigie: ' .. msg, level or vim.log.levels.INFO)
end

-- Client methods are called with `:` from 0.11 on, with `.` before.

local function client_request(client, method, params, handler, bufnr)
  if has_011 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Sends a request on any Neovim version (used by vigie.status too).
M.client_request = client_request

local function client_notify(client, method, params)
  if has_011 then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

local function client_stop(client, force)
  if has_011 then
    return client:stop(force)
  end
  return client.stop(force)
end

--- The running vigie clients, all of them or those attached to `bufnr`.
function M.clients(bufnr)
  local filter = { name = config.name, bufnr = bufnr }
  if vim.lsp.get_clients then
    return vim.lsp.get_clients(filter)
  end
  return vim.lsp.get_active_clients(filter)
end

--- The client configuration used by the pre-0.11 path (and by :VigieRestart when it has to
--- start a client itself).
local function legacy_config(opts, root_dir)
  local settings = { vigie = config.section(opts.settings) }
  return {
    name = config.name,
    cmd = config.cmd(opts.cmd),
    root_dir = root_dir,
    settings = settings,
    before_init = config.before_init,
    handlers = config.handlers,
  }
end

local function find_root(bufnr, markers)
  return config.find_root(bufnr, markers)
end

local function start_legacy(bufnr, opts)
  if vim.bo[bufnr].buftype ~= '' then
    return
  end
  local root = find_root(bufnr, opts.root_markers or config.root_markers)
  vim.lsp.start(legacy_config(opts, root), { bufnr = bufnr })
end

--- Whether clients start through vim.lsp.enable (0.11+, unless setup{ use_lsp_enable = false }).
local function uses_lsp_enable()
  return has_011 and vim.lsp.config ~= nil and not (M.options and M.options.use_lsp_enable == false)
end

--- Sends the settings to the running clients (workspace/didChangeConfiguration).
function M.update_settings(settings)
  local section = config.section(settings)
  local wrapped = { vigie = section or vim.empty_dict() }
  for _, client in ipairs(M.clients()) do
    client.settings = section and { vigie = section } or {}
    if client.config then
      client.config.settings = client.settings
    end
    client_notify(client, 'workspace/didChangeConfiguration', { settings = wrapped })
  end
end

--- Options (all optional):
---   cmd           the server: a path to the binary (`lsp` is added) or a full command
---                 list; default { 'vigie', 'lsp' } (the binary on PATH)
---   settings      the `vigie` section: houseStyle, language, figures = { severity,
---                 durations }, roles = { severity }, corpus = { paths, exclude }
---   filetypes     default { 'markdown', 'text' }
---   root_markers  default { 'vigie.toml', '.git' }
---   use_lsp_enable  on 0.11+, go through vim.lsp.config/vim.lsp.enable (default true);
---                 false starts clients with vim.lsp.start as on 0.9 and 0.10
function M.setup(opts)
  opts = vim.deepcopy(opts or {})
  local running = M.options ~= nil
  M.options = opts
  local filetypes = opts.filetypes or config.filetypes
  if uses_lsp_enable() then
    local overrides = { cmd = config.cmd(opts.cmd) }
    if opts.settings then
      overrides.settings = { vigie = config.section(opts.settings) or {} }
    end
    overrides.filetypes = opts.filetypes
    -- root_dir (config.root_dir) reads opts.root_markers from M.options.
    vim.lsp.config(config.name, overrides)
    vim.lsp.enable(config.name)
  else
    if has_011 and vim.lsp.enable then
      -- One way at a time: the FileType autocommand below decides, with these options.
      pcall(vim.lsp.enable, config.name, false)
    end
    local augroup = vim.api.nvim_create_augroup('vigie', { clear = true })
    vim.api.nvim_create_autocmd('FileType', {
      group = augroup,
      pattern = filetypes,
      desc = 'Start vigie lsp',
      callback = function(args)
        start_legacy(args.buf, M.options)
      end,
    })
    -- Buffers already open when setup() runs (a lazy-loaded plugin).
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(filetypes, vim.bo[bufnr].filetype) then
        start_legacy(bufnr, opts)
      end
    end
  end

  if running and opts.settings then
    M.update_settings(opts.settings)
  end
  require('vigie.commands').create()
  require('vigie.status').track()
end

--- For a statusline: the actor or place under the cursor ("Pokrovsk · ville"), else the
--- corpus index's progress or size ("vigie · 412 articles"). See vigie.status.
function M.statusline(bufnr)
  return require('vigie.status').statusline(bufnr)
end

--- :VigieReindex: asks the vigie clients to bring the corpus index up to date
--- (`vigie/reindex`; opts.from_scratch drops the cache) and reports each run.
function M.reindex(opts)
  opts = opts or {}
  local clients = M.clients(vim.api.nvim_get_current_buf())
  if #clients == 0 then
    clients = M.clients()
  end
  if #clients == 0 then
    notify('no vigie client is running (:checkhealth vigie)', vim.log.levels.WARN)
    return
  end
  local params = { fromScratch = opts.from_scratch == true }
  for _, client in ipairs(clients) do
    client_request(client, 'vigie/reindex', params, function(err, result)
      if err then
        notify('reindexing failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      elseif type(result) == 'table' and not result.superseded then
        notify(result.message or 'corpus reindexed')
      end
    end)
  end
end

--- :VigieMentions: every mention of the actor or place under the cursor, across the corpus,
--- into the quickfix list.
function M.mentions()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.clients(bufnr)[1]
  if not client then
    notify('no vigie client is attached to this buffer (:checkhealth vigie)', vim.log.levels.WARN)
    return
  end
  local word = vim.fn.expand('<cword>')
  local fr = config.lang(client.settings) == 'fr'
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  params.context = { includeDeclaration = false }
  client_request(client, 'textDocument/references', params, function(err, result)
    if err then
      notify('references failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return
    end
    if not result or vim.tbl_isempty(result) then
      notify(
        fr and 'pas d’acteur ni de lieu sous le curseur, ou aucune mention'
          or 'no actor or place under the cursor, or no mention of it',
        vim.log.levels.WARN
      )
      return
    end
    local items = vim.lsp.util.locations_to_items(result, client.offset_encoding)
    -- The editor's language (or the `language` setting), as the rest of the plugin.
    local title = fr and ('vigie : mentions de ' .. word) or ('vigie: mentions of ' .. word)
    vim.fn.setqflist({}, ' ', { title = title, items = items })
    vim.cmd('botright copen')
  end, bufnr)
end

--- Starts a client on every loaded buffer vigie serves (after a crash, or a stop).
local function start_everywhere()
  local opts = M.options or {}
  local resolved = nil
  if uses_lsp_enable() then
    local ok, cfg = pcall(function()
      return vim.lsp.config[config.name]
    end)
    resolved = ok and cfg or nil
  end
  local filetypes = (resolved and resolved.filetypes) or opts.filetypes or config.filetypes
  local started = 0
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if
      vim.api.nvim_buf_is_loaded(bufnr)
      and vim.bo[bufnr].buftype == ''
      and vim.tbl_contains(filetypes, vim.bo[bufnr].filetype)
    then
      started = started + 1
      if resolved then
        local cfg = vim.deepcopy(resolved)
        cfg.name = config.name
        if type(cfg.root_dir) == 'function' then
          local root_fn = cfg.root_dir
          cfg.root_dir = nil
          root_fn(bufnr, function(dir)
            cfg.root_dir = dir
            vim.lsp.start(cfg, { bufnr = bufnr })
          end)
        else
          cfg.root_dir = cfg.root_dir or find_root(bufnr, opts.root_markers or cfg.root_markers)
          vim.lsp.start(cfg, { bufnr = bufnr })
        end
      else
        start_legacy(bufnr, opts)
      end
    end
  end
  return started
end

local function copy_config(cfg)
  local ok, copy = pcall(vim.deepcopy, cfg)
  return ok and copy or vim.tbl_extend('force', {}, cfg)
end

--- :VigieRestart: stops the vigie clients and starts them again on the buffers they served;
--- with no client running (the server exited), starts one on every buffer vigie serves.
function M.restart()
  local clients = M.clients()
  if #clients == 0 then
    if start_everywhere() == 0 then
      notify('no vigie client is running, and no Markdown or text buffer to start one on', vim.log.levels.WARN)
    end
    return
  end
  for _, client in ipairs(clients) do
    local id = client.id
    local cfg = copy_config(client.config)
    local buffers = vim.tbl_keys(client.attached_buffers or {})
    client_stop(client)
    local waited = 0
    local function start_again()
      -- Gone from the list of clients, so that vim.lsp.start does not reuse it.
      if vim.lsp.get_client_by_id(id) ~= nil then
        waited = waited + 50
        if waited == 3000 then
          client_stop(client, true)
        end
        if waited < 6000 then
          vim.defer_fn(start_again, 50)
        else
          notify('client ' .. id .. ' did not stop', vim.log.levels.ERROR)
        end
        return
      end
      for _, bufnr in ipairs(buffers) do
        if vim.api.nvim_buf_is_loaded(bufnr) then
          vim.lsp.start(cfg, { bufnr = bufnr })
        end
      end
    end
    vim.defer_fn(start_again, 50)
  end
end

return M
