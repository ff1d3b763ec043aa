--- The corpus index's state and the actor or place under the cursor, for a statusline:
---
---   vim.o.statusline = '%f %= %{v:lua.require("vigie").statusline()} '
---
--- Fed by the server's `vigie/indexStatus` notifications (asked for in the initialization
--- options, see vigie.config) and by `vigie/entryAt`, asked 150 ms after the cursor stops in
--- a buffer a vigie client is attached to. Each change fires `User VigieStatus`.
local M = {}

local uv = vim.uv or vim.loop

--- Index status by client id: { state, done, total, articles, message }.
local index = {}
--- `vigie/entryAt` answer by buffer ({ range, entries } or nil), and the question it answers.
local entry = {}
local asked = {}
local timers = {}

local DELAY = 150

local function changed()
  vim.schedule(function()
    pcall(vim.api.nvim_exec_autocmds, 'User', { pattern = 'VigieStatus', modeline = false })
    pcall(vim.cmd, 'redrawstatus')
  end)
end

--- Handler of `vigie/indexStatus` (in the client configuration's `handlers`).
function M.on_index_status(err, result, ctx)
  if err or type(result) ~= 'table' or not ctx then
    return
  end
  index[ctx.client_id] = result
  changed()
end

local function vigie_clients(bufnr)
  return require('vigie').clients(bufnr)
end

--- The index status of the vigie client attached to `bufnr` (of any vigie client when none
--- is attached to it; nil while its own client has not reported).
function M.index(bufnr)
  local own = vigie_clients(bufnr)
  for _, client in ipairs(own) do
    if index[client.id] then
      return index[client.id]
    end
  end
  if bufnr and #own > 0 then
    -- The buffer's own client has not reported yet: not another corpus's status.
    return nil
  end
  for _, client in ipairs(vigie_clients()) do
    if index[client.id] then
      return index[client.id]
    end
  end
  return nil
end

--- The `vigie/entryAt` answer for the cursor of `bufnr` (nil: not on a name, or not asked yet).
function M.entry(bufnr)
  return entry[bufnr or vim.api.nvim_get_current_buf()]
end

--- Asks the server for the entry under the cursor of the current window's buffer.
function M.ask_entry()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = vigie_clients(bufnr)[1]
  if not client then
    return
  end
  asked[bufnr] = (asked[bufnr] or 0) + 1
  local question = asked[bufnr]
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local function handler(err, result)
    if asked[bufnr] ~= question then
      return -- the cursor moved on: a newer question is out
    end
    local found = (not err and type(result) == 'table') and result or nil
    if not vim.deep_equal(entry[bufnr], found) then
      entry[bufnr] = found
      changed()
    end
  end
  require('vigie').client_request(client, 'vigie/entryAt', params, handler, bufnr)
end

local function schedule_ask(bufnr)
  local timer = timers[bufnr]
  if not timer then
    timer = uv.new_timer()
    timers[bufnr] = timer
  end
  timer:stop()
  timer:start(DELAY, 0, vim.schedule_wrap(function()
    if vim.api.nvim_buf_is_valid(bufnr) and vim.api.nvim_get_current_buf() == bufnr then
      M.ask_entry()
    end
  end))
end

local function forget(bufnr)
  if timers[bufnr] then
    timers[bufnr]:stop()
    timers[bufnr]:close()
    timers[bufnr] = nil
  end
  entry[bufnr], asked[bufnr] = nil, nil
end

--- Follows the cursor in the buffers vigie clients attach to (LspAttach). Idempotent.
function M.track()
  local group = vim.api.nvim_create_augroup('vigie-status', { clear = true })
  vim.api.nvim_create_autocmd('LspAttach', {
    group = group,
    desc = 'vigie: follow the cursor for the statusline',
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data and args.data.client_id)
      if not client or client.name ~= 'vigie' then
        return
      end
      local bufnr = args.buf
      vim.api.nvim_clear_autocmds({ group = group, buffer = bufnr })
      vim.api.nvim_create_autocmd({ 'CursorMoved', 'CursorMovedI', 'BufEnter' }, {
        group = group,
        buffer = bufnr,
        callback = function()
          schedule_ask(bufnr)
        end,
      })
      vim.api.nvim_create_autocmd('BufWipeout', {
        group = group,
        buffer = bufnr,
        callback = function()
          forget(bufnr)
        end,
      })
      schedule_ask(bufnr)
    end,
  })
  vim.api.nvim_create_autocmd('LspDetach', {
    group = group,
    callback = function(args)
      local id = args.data and args.data.client_id
      if id and index[id] then
        index[id] = nil
        entry[args.buf] = nil
        changed()
      end
    end,
  })
end

--- What a statusline shows: the entry under the cursor ("Pokrovsk · ville"), else the index's
--- progress ("vigie 120/400") or size ("vigie · 412 articles"); "" without a vigie client.
function M.statusline(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local found = entry[bufnr]
  if found and type(found.entries) == 'table' and found.entries[1] then
    local line = found.entries[1].line or found.entries[1].name or ''
    if #found.entries > 1 then
      line = ('%s (+%d)'):format(line, #found.entries - 1)
    end
    return line
  end
  local status = M.index(bufnr)
  if not status then
    return ''
  end
  if status.state == 'indexing' then
    if (status.total or 0) > 0 then
      return ('vigie %d/%d'):format(status.done or 0, status.total)
    end
    return 'vigie …'
  elseif status.state == 'ready' then
    return ('vigie · %d articles'):format(status.articles or 0)
  elseif status.state == 'failed' then
    return 'vigie: indexing failed'
  end
  return 'vigie'
end

return M
