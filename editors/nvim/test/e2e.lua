-- End-to-end test of the vigie Neovim plugin against the real `vigie lsp`.
--
-- Run it with test/run.sh, or by hand:
--   VIGIE_BIN=/path/to/vigie nvim --headless -u NONE -i NONE -n -l editors/nvim/test/e2e.lua
--
-- It copies tests/fixtures/corpus/desk into a temporary folder, adds an article with an
-- unsourced figure, opens that article only, and checks through the plugin (loaded from
-- editors/nvim via the runtimepath, started with vim.lsp.enable('vigie')): diagnostics,
-- hover, references reaching files never opened, the quick fix, the statusline component
-- (index size, entry under the cursor), :VigieReindex, :VigieMentions, :VigieRestart, then
-- require('vigie').setup{} with :checkhealth vigie, and setup{} on the vim.lsp.start path of
-- Neovim 0.9 and 0.10. Every wait has a limit; the last line is
-- "nvim: N passed, M failed"; the exit status is 0 only when nothing failed.

local TIMEOUT = tonumber(vim.env.VIGIE_TEST_TIMEOUT) or 20000

local passed, failed = 0, 0

local function say(line)
  io.stdout:write(line, '\n')
  io.stdout:flush()
end

local function finish()
  -- The servers exit before Neovim does, so that none writes its cache into the temporary
  -- folder while run.sh removes it.
  for _, c in ipairs(vim.lsp.get_clients()) do
    c:stop()
  end
  if not vim.wait(5000, function()
    return #vim.lsp.get_clients() == 0
  end, 20) then
    for _, c in ipairs(vim.lsp.get_clients()) do
      c:stop(true)
    end
    vim.wait(2000, function()
      return #vim.lsp.get_clients() == 0
    end, 20)
  end
  say(('nvim: %d passed, %d failed'):format(passed, failed))
  if failed > 0 then
    vim.cmd('cquit 1')
  end
  vim.cmd('qall!')
end

--- Runs one check; a failure is reported and the next checks still run.
local function test(name, fn)
  local ok, err = xpcall(fn, function(e)
    return { message = tostring(e), trace = debug.traceback('', 2) }
  end)
  if ok then
    passed = passed + 1
    say('ok   ' .. name)
  else
    failed = failed + 1
    say('FAIL ' .. name .. '\n     ' .. err.message)
    if vim.env.VIGIE_TEST_TRACE then
      say(err.trace)
    end
  end
end

local function check(cond, fmt, ...)
  if not cond then
    error(fmt:format(...), 0)
  end
end

--- Waits for `cond` (which may return a second value, shown if the wait times out).
local function wait_for(what, cond, timeout)
  timeout = timeout or TIMEOUT
  local last
  local ok = vim.wait(timeout, function()
    local done, info = cond()
    last = info
    return done and true or false
  end, 20)
  if not ok then
    error(
      ('timed out after %d s waiting for %s%s'):format(
        timeout / 1000,
        what,
        last ~= nil and (' (last seen: ' .. tostring(last) .. ')') or ''
      ),
      0
    )
  end
end

-- Paths ---------------------------------------------------------------------------------

local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local plugin_dir = vim.fn.fnamemodify(here, ':h')
local repo = vim.fn.fnamemodify(plugin_dir, ':h:h')
local fixtures = repo .. '/tests/fixtures/corpus/desk'

local bin = vim.env.VIGIE_BIN
if not bin or bin == '' then
  bin = vim.fn.exepath('vigie')
end
if bin == '' or vim.fn.executable(bin) ~= 1 then
  say('e2e.lua: no vigie binary: set VIGIE_BIN or put vigie on PATH')
  vim.cmd('cquit 2')
end

local tmp = vim.env.VIGIE_TEST_TMP
if not tmp or tmp == '' then
  tmp = vim.fn.tempname()
end
local function realpath(p)
  return vim.uv.fs_realpath(p) or p
end
local workspace = tmp .. '/desk'
vim.fn.mkdir(workspace, 'p')
workspace = realpath(workspace)
-- The server's index cache, for every client the test starts.
vim.env.VIGIE_CACHE_DIR = tmp .. '/vigie-cache'

-- The corpus: a copy of the fixture desk, a vigie.toml marking the root, and one article
-- with an unsourced figure: the only file the test opens.
for name, kind in vim.fs.dir(fixtures) do
  if kind == 'file' then
    assert(vim.uv.fs_copyfile(fixtures .. '/' .. name, workspace .. '/' .. name))
  end
end
vim.fn.writefile({ '# The test workspace: every article in this folder is the corpus.' }, workspace .. '/vigie.toml')
local article = workspace .. '/2025-10-05-renforts.md'
vim.fn.writefile({
  '---',
  'title: "Renforts autour de Pokrovsk"',
  'date: 2025-10-05',
  '---',
  '',
  '# Renforts autour de Pokrovsk',
  '',
  'Des dizaines de milliers de soldats ont été déployés.',
  'Les combats continuent autour de Pokrovsk, selon l’état-major ukrainien.',
}, article)
local never_opened = {
  workspace .. '/2025-08-20-pokrovsk.md',
  workspace .. '/2025-09-05-front-en.txt',
  workspace .. '/2025-10-01-emoji-crlf.md',
}

-- Helpers on the client -----------------------------------------------------------------

local function vigie_clients(bufnr)
  return vim.lsp.get_clients({ name = 'vigie', bufnr = bufnr })
end

local function attached_client(bufnr, other_than)
  local client
  wait_for('a vigie client attached to buffer ' .. bufnr, function()
    for _, c in ipairs(vigie_clients(bufnr)) do
      if c.initialized and c.id ~= other_than then
        client = c
        return true
      end
    end
    return false, #vigie_clients(bufnr) .. ' client(s), none initialized'
  end)
  return client
end

local function request(client, method, params, bufnr)
  local done, err, result = false, nil, nil
  client:request(method, params, function(e, r)
    done, err, result = true, e, r
  end, bufnr)
  wait_for('the reply to ' .. method, function()
    return done
  end)
  check(not err, '%s failed: %s', method, err and (err.message or vim.inspect(err)))
  return result
end

--- Sends `method` again each time the previous reply came back without satisfying `accept`
--- (the corpus is indexed in the background; requests answer from what is indexed so far).
local function request_until(what, client, method, make_params, accept, bufnr)
  local pending, accepted, last = false, nil, nil
  wait_for(what, function()
    if accepted ~= nil then
      return true
    end
    if not pending then
      pending = true
      client:request(method, make_params(), function(err, result)
        pending = false
        if err then
          last = err.message
        elseif accept(result) then
          accepted = result
        else
          last = vim.inspect(result):sub(1, 300)
        end
      end, bufnr)
    end
    return accepted ~= nil, last
  end)
  return accepted
end

local function figure_diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or vim.tbl_get(d, 'user_data', 'lsp', 'code')
    if code == 'unsourced-figure' then
      table.insert(out, d)
    end
  end
  return out
end

--- Puts the cursor on `word` in the first line that starts with `prefix`.
local function cursor_on(bufnr, prefix, word)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:sub(1, #prefix) == prefix then
      local col = line:find(word, 1, true)
      if col then
        vim.api.nvim_win_set_cursor(0, { i, col + 1 })
        return
      end
    end
  end
  error(('no line starting with %q and containing %q'):format(prefix, word), 0)
end

local function uri_path(uri)
  return realpath(vim.uri_to_fname(uri))
end

-- The test ------------------------------------------------------------------------------

vim.cmd('filetype on')

-- What the server shows the user (window/showMessage): a warning or an error there (settings
-- refused, a dictionary that does not load, a handler that panicked) fails the last check.
local server_messages = {}
local show_message = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, cfg)
  if result and result.type <= vim.lsp.protocol.MessageType.Warning then
    table.insert(server_messages, result.message)
  end
  return show_message(err, result, ctx, cfg)
end
-- What the plugin tells the user (vim.notify), for :VigieReindex.
local notified = {}
vim.notify = function(msg, level, opts)
  table.insert(notified, tostring(msg))
  say('     notify: ' .. tostring(msg))
end

--- Whether `s` is well-formed UTF-8 (lead and continuation bytes; vim.iconv substitutes
--- rather than fails).
local function is_utf8(s)
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local len = (c < 0x80 and 1) or (c >= 0xC2 and c < 0xE0 and 2) or (c >= 0xE0 and c < 0xF0 and 3)
      or (c >= 0xF0 and c < 0xF5 and 4) or nil
    if not len or i + len - 1 > n then
      return false
    end
    for j = i + 1, i + len - 1 do
      local b = s:byte(j)
      if b < 0x80 or b > 0xBF then
        return false
      end
    end
    i = i + len
  end
  return true
end

--- Articles the index should hold: the workspace's .md and .txt files that are UTF-8.
local function articles_in_workspace()
  local n = 0
  for name, kind in vim.fs.dir(workspace) do
    if kind == 'file' and (name:match('%.md$') or name:match('%.txt$')) then
      local f = assert(io.open(workspace .. '/' .. name, 'rb'))
      local bytes = f:read('*a')
      f:close()
      if is_utf8(bytes) then
        n = n + 1
      end
    end
  end
  return n
end

vim.opt.runtimepath:prepend(plugin_dir)
vim.cmd('runtime! plugin/vigie.lua')

test('lsp/vigie.lua returns the configuration', function()
  local spec = dofile(plugin_dir .. '/lsp/vigie.lua')
  check(vim.deep_equal(spec.cmd, { 'vigie', 'lsp' }), 'cmd: %s', vim.inspect(spec.cmd))
  check(vim.deep_equal(spec.filetypes, { 'markdown', 'text' }), 'filetypes: %s', vim.inspect(spec.filetypes))
  check(
    vim.deep_equal(spec.root_markers, { 'vigie.toml', '.git' }),
    'root_markers: %s',
    vim.inspect(spec.root_markers)
  )
  -- root_dir falls back on the file's own folder when no marker is found.
  check(type(spec.root_dir) == 'function', 'root_dir: %s', vim.inspect(spec.root_dir))
  check(type(spec.settings) == 'table' and type(spec.settings.vigie) == 'table', 'no settings.vigie table')
end)

test('settings: an empty section sends nothing, an empty list stays a list', function()
  local config = require('vigie.config')
  local params = {}
  local cfg = { settings = { vigie = { figures = {} } } }
  config.before_init(params, cfg)
  check(next(cfg.settings) == nil, 'settings left: %s', vim.json.encode(cfg.settings))
  -- The options still ask for the status notifications, with an empty section (`{}`, not `[]`).
  local encoded = vim.json.decode(vim.json.encode(params.initializationOptions), { luanil = { object = true } })
  check(encoded.statusNotifications == true, 'initializationOptions: %s', vim.json.encode(params.initializationOptions))
  check(vim.json.encode(params.initializationOptions.vigie) == '{}', 'vigie: %s', vim.json.encode(params.initializationOptions.vigie))
  params = {}
  cfg = { settings = { vigie = { houseStyle = 'afp', figures = {}, corpus = { exclude = {} } } } }
  config.before_init(params, cfg)
  local want = { vigie = { houseStyle = 'afp', corpus = { exclude = {} } } }
  check(vim.deep_equal(cfg.settings, want), 'settings: %s', vim.inspect(cfg.settings))
  -- The plugin also says it selects "[source]" after the quick fix (selectPlaceholder).
  local want_init = vim.tbl_extend('force', want, { statusNotifications = true, selectPlaceholder = true })
  check(vim.deep_equal(params.initializationOptions, want_init), 'initializationOptions: %s', vim.inspect(params.initializationOptions))
  check(vim.json.encode(cfg.settings.vigie.corpus) == '{"exclude":[]}', 'encoded: %s', vim.json.encode(cfg.settings.vigie.corpus))
end)

test('the commands exist (plugin/vigie.lua)', function()
  check(vim.fn.exists(':VigieMentions') == 2, ':VigieMentions missing')
  check(vim.fn.exists(':VigieRestart') == 2, ':VigieRestart missing')
  check(vim.fn.exists(':VigieReindex') == 2, ':VigieReindex missing')
end)

vim.lsp.config('vigie', {
  cmd = { bin, 'lsp' },
  -- Not the default severity, so the diagnostics show that the settings reached the server.
  settings = { vigie = { figures = { severity = 'information' } } },
})
vim.lsp.enable('vigie')

test("vim.lsp.config('vigie') merges lsp/vigie.lua from the runtimepath", function()
  local resolved = vim.lsp.config.vigie
  check(resolved.cmd[1] == bin, 'cmd: %s', vim.inspect(resolved.cmd))
  check(vim.deep_equal(resolved.filetypes, { 'markdown', 'text' }), 'filetypes: %s', vim.inspect(resolved.filetypes))
  check(resolved.settings.vigie.figures.severity == 'information', 'settings: %s', vim.inspect(resolved.settings))
end)

vim.cmd.edit(vim.fn.fnameescape(article))
local buf = vim.api.nvim_get_current_buf()
local client

test("vim.lsp.enable('vigie') attaches a client, rooted at vigie.toml", function()
  check(vim.bo[buf].filetype == 'markdown', 'filetype: %s', vim.bo[buf].filetype)
  client = attached_client(buf)
  check(realpath(client.root_dir) == workspace, 'root_dir %s, expected %s', client.root_dir, workspace)
end)

if not client then
  finish()
end

test('an unsourced-figure diagnostic, with the severity from the settings', function()
  wait_for('an unsourced-figure diagnostic', function()
    return #figure_diagnostics(buf) > 0, #vim.diagnostic.get(buf) .. ' diagnostic(s)'
  end)
  local d = figure_diagnostics(buf)[1]
  check(d.lnum == 7, 'on line %d, expected 8', d.lnum + 1)
  check(d.message:find('Des dizaines de milliers de soldats', 1, true), 'message: %s', d.message)
  check(
    d.severity == vim.diagnostic.severity.INFO,
    'severity %s, expected INFO (figures.severity = "information")',
    tostring(d.severity)
  )
end)

test("update_settings() reaches the server (workspace/didChangeConfiguration)", function()
  require('vigie').update_settings({ figures = { severity = 'error' } })
  wait_for('the diagnostic to become an error', function()
    local d = figure_diagnostics(buf)[1]
    return d and d.severity == vim.diagnostic.severity.ERROR, d and ('severity ' .. d.severity)
  end)
end)

test('hover on Pokrovsk shows its card', function()
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  local result = request(client, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), buf)
  check(result and result.contents, 'no hover')
  local value = type(result.contents) == 'table' and result.contents.value or tostring(result.contents)
  check(value:find('**Pokrovsk**', 1, true), 'the card lacks **Pokrovsk**: %s', value)
end)

test('vim.lsp.buf.hover() opens a floating window with the card', function()
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  local win = vim.api.nvim_get_current_win()
  vim.lsp.buf.hover()
  local float
  wait_for('the hover window', function()
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(w).relative ~= '' then
        local text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false), '\n')
        if text:find('Pokrovsk', 1, true) then
          float = w
          return true
        end
      end
    end
    return false
  end)
  vim.api.nvim_win_close(float, true)
  vim.api.nvim_set_current_win(win)
end)

test('references include files never opened', function()
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  local function params()
    local p = vim.lsp.util.make_position_params(0, client.offset_encoding)
    p.context = { includeDeclaration = false }
    return p
  end
  local refs = request_until('references in the files never opened', client, 'textDocument/references', params, function(result)
    if type(result) ~= 'table' then
      return false
    end
    local paths = {}
    for _, loc in ipairs(result) do
      paths[uri_path(loc.uri)] = true
    end
    for _, p in ipairs(never_opened) do
      if not paths[p] then
        return false
      end
    end
    return paths[article] == true
  end, buf)
  for _, p in ipairs(never_opened) do
    check(vim.fn.bufloaded(p) == 0, '%s was opened', p)
  end
  check(#refs >= 6, 'only %d references', #refs)
end)

test('the quick fix inserts ", selon [source]": the figure now waits for its source', function()
  local d = figure_diagnostics(buf)[1]
  check(d, 'no diagnostic to fix')
  local lsp_diag = d.user_data and d.user_data.lsp
  check(lsp_diag, 'the diagnostic carries no LSP diagnostic')
  local actions = request(client, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, buf)
  check(type(actions) == 'table' and #actions > 0, 'no code action')
  local fix
  for _, a in ipairs(actions) do
    if a.title and a.title:find('selon [source]', 1, true) then
      fix = a
    end
  end
  check(fix, 'no "selon [source]" action among %s', vim.inspect(vim.tbl_map(function(a)
    return a.title
  end, actions)))
  check(fix.kind == 'quickfix', 'kind %s', tostring(fix.kind))
  check(fix.edit, 'the action carries no WorkspaceEdit')
  -- As vim.lsp.buf.code_action() does: the edit, then the action's command, which the
  -- plugin handles itself (vim.lsp.commands): "[source]" selected, ready to be typed over.
  vim.api.nvim_set_current_buf(buf)
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  local line = vim.api.nvim_buf_get_lines(buf, 7, 8, false)[1]
  check(line == 'Des dizaines de milliers de soldats ont été déployés, selon [source].', 'line 8 now: %s', line)
  check(
    type(fix.command) == 'table' and fix.command.command == 'vigie.selectPlaceholder',
    'no selection command: %s',
    vim.inspect(fix.command)
  )
  local handler = vim.lsp.commands[fix.command.command]
  check(handler, 'the plugin did not register %s', fix.command.command)
  handler(fix.command, { bufnr = buf, client_id = client.id })
  -- Headless, the main loop does not read the typeahead while the test waits: flush it.
  vim.api.nvim_feedkeys('', 'x', false)
  local mode = vim.api.nvim_get_mode().mode
  check(mode == 's', 'mode after the fix: %s', mode)
  local a, b = vim.fn.getpos('v'), vim.fn.getpos('.')
  local selected = line:sub(math.min(a[3], b[3]), math.max(a[3], b[3]))
  check(a[2] == 8 and b[2] == 8 and selected == '[source]', 'selected: %q (%s)', selected, vim.inspect({ a, b }))
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<Esc>', true, false, true), 'nx', false)
  check(vim.api.nvim_get_mode().mode == 'n', 'still in mode %s', vim.api.nvim_get_mode().mode)
  wait_for('the diagnostic to go away', function()
    return #figure_diagnostics(buf) == 0, #figure_diagnostics(buf) .. ' unsourced-figure diagnostic(s)'
  end)
  -- The placeholder is not a source: a "source à compléter" diagnostic takes its place.
  wait_for('a placeholder-source diagnostic on line 8', function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or vim.tbl_get(d, 'user_data', 'lsp', 'code')
      if code == 'placeholder-source' and d.lnum == 7 then
        return true, d.message
      end
    end
    return false, vim.inspect(vim.diagnostic.get(buf))
  end)
end)

--- Puts the cursor on `word` and waits until the statusline satisfies `accept`. CursorMoved
--- is fired by hand: headless, the main loop does not fire it while the test waits.
local function statusline_at(bufnr, prefix, word, what, accept)
  vim.api.nvim_set_current_buf(bufnr)
  cursor_on(bufnr, prefix, word)
  vim.api.nvim_exec_autocmds('CursorMoved', { buffer = bufnr })
  wait_for(what, function()
    local got = require('vigie').statusline(bufnr)
    return accept(got), got
  end)
end

test("statusline(): the index's size once indexed", function()
  -- Off any name (the cursor was left on one), so that the index shows.
  local want = ('vigie · %d articles'):format(articles_in_workspace())
  statusline_at(buf, 'Les combats', 'combats', want, function(got)
    return got == want
  end)
end)

test('statusline(): the place under the cursor, then the index again off it', function()
  statusline_at(buf, 'Les combats', 'Pokrovsk', '"Pokrovsk · ville"', function(got)
    return got == 'Pokrovsk · ville'
  end)
  statusline_at(buf, 'Les combats', 'combats', 'the index size again', function(got)
    return got:match('^vigie · %d+ articles$') ~= nil
  end)
end)

test(':VigieReindex takes in a file written behind the editor and reports the run', function()
  vim.fn.writefile({ '# Ajout', '', 'Retour à Pokrovsk.' }, workspace .. '/2025-10-06-ajout.md')
  local n = articles_in_workspace()
  local want = ('%d articles indexed'):format(n)
  notified = {}
  vim.cmd('VigieReindex')
  wait_for('a message "' .. want .. '"', function()
    for _, m in ipairs(notified) do
      if m:find(want, 1, true) then
        return true
      end
    end
    return false, table.concat(notified, ' | ')
  end)
  check(require('vigie').statusline(buf) == ('vigie · %d articles'):format(n), 'statusline: %s', require('vigie').statusline(buf))
  notified = {}
  vim.cmd('VigieReindex!')
  wait_for('the run from scratch', function()
    for _, m in ipairs(notified) do
      if m:find(('%d analysed, 0 from the cache'):format(n), 1, true) then
        return true
      end
    end
    return false, table.concat(notified, ' | ')
  end)
end)

test(':VigieMentions fills the quickfix list', function()
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  vim.fn.setqflist({}, 'f')
  vim.cmd('VigieMentions')
  wait_for('the quickfix list', function()
    local qf = vim.fn.getqflist({ title = 1, size = 1 })
    return qf.size > 0 and qf.title:find('vigie', 1, true) ~= nil, vim.inspect(qf)
  end)
  local qf = vim.fn.getqflist({ title = 1, items = 1, winid = 1 })
  check(qf.title == 'vigie: mentions of Pokrovsk', 'title: %s', qf.title)
  local files = {}
  for _, item in ipairs(qf.items) do
    files[realpath(vim.api.nvim_buf_get_name(item.bufnr))] = true
    check(item.lnum > 0, 'an item without a line: %s', vim.inspect(item))
  end
  for _, p in ipairs(never_opened) do
    check(files[p], '%s missing from the quickfix list', p)
  end
  check(qf.winid ~= 0, 'the quickfix window is not open')
  vim.cmd('cclose')
  vim.api.nvim_set_current_buf(buf)
  -- In a French session (here the `language` setting; else v:lang) the title is French.
  local saved = client.settings
  client.settings = { vigie = { language = 'fr' } }
  vim.fn.setqflist({}, 'f')
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  vim.cmd('VigieMentions')
  wait_for('the French quickfix title', function()
    local t = vim.fn.getqflist({ title = 1 }).title
    return t == 'vigie : mentions de Pokrovsk', t
  end)
  client.settings = saved
  vim.cmd('cclose')
  vim.api.nvim_set_current_buf(buf)
end)

test(':VigieRestart starts a new client on the buffer', function()
  local old = client
  vim.cmd('VigieRestart')
  wait_for('the old client to stop', function()
    return old:is_stopped()
  end)
  client = attached_client(buf, old.id)
  check(realpath(client.root_dir) == workspace, 'root_dir %s', client.root_dir)
  cursor_on(buf, 'Les combats', 'Pokrovsk')
  local result = request(client, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), buf)
  check(result and result.contents.value:find('**Pokrovsk**', 1, true), 'no card from the new client')
end)

test(':VigieRestart after the server went away starts one again', function()
  local old = client
  old:stop(true)
  wait_for('the client to go away', function()
    return vim.lsp.get_client_by_id(old.id) == nil
  end)
  vim.cmd('VigieRestart')
  client = attached_client(buf, old.id)
  check(realpath(client.root_dir) == workspace, 'root_dir %s', client.root_dir)
end)

test("require('vigie').setup{} and :checkhealth vigie", function()
  require('vigie').setup({ cmd = bin })
  vim.api.nvim_set_current_buf(buf)
  vim.cmd('silent checkhealth vigie')
  local health_buf = vim.api.nvim_get_current_buf()
  check(health_buf ~= buf, 'no health buffer opened')
  local lines = vim.api.nvim_buf_get_lines(health_buf, 0, -1, false)
  local text = table.concat(lines, '\n')
  if vim.env.VIGIE_TEST_VERBOSE then
    say(text)
  end
  check(not text:find('ERROR', 1, true), 'an error in :checkhealth vigie:\n%s', text)
  check(not text:find('WARNING', 1, true), 'a warning in :checkhealth vigie:\n%s', text)
  check(text:find('vigie %d+%.%d+') ~= nil, 'no `vigie --version` line:\n%s', text)
  check(text:find('attached to buffer ' .. buf, 1, true), 'no client reported on the article:\n%s', text)
  check(text:find('corpus index: ', 1, true), 'no corpus index line:\n%s', text)
  vim.cmd('tabclose')
end)

test('setup{ use_lsp_enable = false } starts clients with vim.lsp.start (the 0.9/0.10 path)', function()
  -- vim.lsp.enable starts clients from a scheduled callback when root_dir is a function
  -- (the plugin's): stop any that started meanwhile too.
  wait_for('the clients to stop', function()
    for _, c in ipairs(vigie_clients()) do
      if not c:is_stopped() then
        c:stop()
      end
    end
    return #vigie_clients() == 0,
      #vigie_clients() .. ' client(s) left: ' .. table.concat(
        vim.tbl_map(function(c)
          return ('%d (root %s, stopped %s)'):format(c.id, tostring(c.root_dir), tostring(c:is_stopped()))
        end, vigie_clients()),
        ', '
      )
  end)
  require('vigie').setup({
    cmd = { bin, 'lsp' },
    settings = { houseStyle = 'afp', figures = { severity = 'error' }, corpus = { exclude = {} } },
    use_lsp_enable = false,
  })
  -- The buffer open at setup() gets a client, and a file opened after gets the same one
  -- (same root), alone on it.
  client = attached_client(buf)
  local other = workspace .. '/2025-09-05-front-en.txt'
  vim.cmd.edit(vim.fn.fnameescape(other))
  local other_buf = vim.api.nvim_get_current_buf()
  check(vim.bo[other_buf].filetype == 'text', 'filetype: %s', vim.bo[other_buf].filetype)
  local other_client = attached_client(other_buf)
  check(other_client.id == client.id, 'a second client for the same root')
  check(#vigie_clients(other_buf) == 1, '%d clients on the buffer', #vigie_clients(other_buf))
  check(realpath(other_client.root_dir) == workspace, 'root_dir %s', other_client.root_dir)
  cursor_on(other_buf, 'Steve Witkoff', 'Witkoff')
  local result =
    request(other_client, 'textDocument/hover', vim.lsp.util.make_position_params(0, other_client.offset_encoding), other_buf)
  check(result and result.contents.value:find('Witkoff', 1, true), 'no card for Witkoff')
  -- The legacy configuration asks for the status notifications and follows the cursor too;
  -- the article is in English, so is the role.
  local n = articles_in_workspace()
  wait_for('the index status of the new client', function()
    local status = require('vigie.status').index(other_buf)
    return status and status.state == 'ready' and status.articles == n, vim.inspect(status)
  end)
  statusline_at(other_buf, 'Steve Witkoff', 'Steve', 'the entry under the cursor', function(got)
    return got == 'Steve Witkoff · US Special Envoy to the Middle East'
  end)
end)

test('a folder of articles without vigie.toml or .git is its own corpus; checkhealth says when it is empty', function()
  -- tmp has no vigie.toml and no .git above it (a temporary folder).
  local loose = realpath(tmp) .. '/loose'
  vim.fn.mkdir(loose, 'p')
  vim.fn.writefile({ '# Brève', '', 'Retour à Pokrovsk.' }, loose .. '/2025-11-03-breve.md')
  vim.fn.writefile({ 'Pokrovsk, encore.' }, loose .. '/2025-11-04-autre.md')
  local seen = {}
  local notify = vim.notify
  vim.notify = function(msg, ...)
    table.insert(seen, msg)
    return notify(msg, ...)
  end
  vim.cmd.edit(vim.fn.fnameescape(loose .. '/2025-11-03-breve.md'))
  local loose_buf = vim.api.nvim_get_current_buf()
  local loose_client = attached_client(loose_buf)
  check(realpath(loose_client.root_dir) == loose, 'root_dir %s', loose_client.root_dir)
  wait_for('the message about the root', function()
    for _, m in ipairs(seen) do
      if m:find('no vigie.toml or .git above 2025-11-03-breve.md', 1, true) then
        return true
      end
    end
    return false, table.concat(seen, ' | ')
  end)
  vim.notify = notify
  wait_for('the folder indexed', function()
    local status = require('vigie.status').index(loose_buf)
    return status and status.state == 'ready' and status.articles == 2, vim.inspect(status)
  end)

  -- A new, unsaved article in an empty folder: the index holds 0 articles, and
  -- :checkhealth vigie warns and says why.
  local empty = realpath(tmp) .. '/empty'
  vim.fn.mkdir(empty, 'p')
  vim.cmd.edit(vim.fn.fnameescape(empty .. '/brouillon.md'))
  local empty_buf = vim.api.nvim_get_current_buf()
  attached_client(empty_buf)
  wait_for('the empty index', function()
    local status = require('vigie.status').index(empty_buf)
    return status and status.state == 'ready', vim.inspect(status)
  end)
  vim.cmd('silent checkhealth vigie')
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  check(text:find('corpus index: 0 articles', 1, true), 'no warning about 0 articles:\n%s', text)
  check(text:find('WARNING', 1, true), 'not a warning:\n%s', text)
  check(text:find('the corpus is the folder', 1, true), 'no reason given:\n%s', text)
  vim.cmd('tabclose')
  vim.api.nvim_set_current_buf(buf)
end)

test('the server showed no warning or error', function()
  check(#server_messages == 0, 'window/showMessage: %s', table.concat(server_messages, ' | '))
end)

finish()
