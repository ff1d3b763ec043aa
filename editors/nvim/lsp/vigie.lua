-- vigie, the newsroom language server, for Neovim 0.11+:
--
--   vim.lsp.enable('vigie')
--
-- Override any field with vim.lsp.config, e.g.
--
--   vim.lsp.config('vigie', {
--     cmd = { '/opt/vigie/bin/vigie', 'lsp' },
--     settings = { vigie = { houseStyle = 'afp', figures = { severity = 'information' } } },
--   })
--
-- The settings (houseStyle, language, figures.severity, figures.durations, corpus.paths,
-- corpus.exclude) override the workspace's vigie.toml key by key. They are sent as
-- initializationOptions and with workspace/didChangeConfiguration. A `before_init` of your
-- own replaces the one below; call require('vigie.config').before_init from it (it also
-- asks for the vigie/indexStatus notifications that require('vigie').statusline() shows,
-- and says the plugin selects "[source]" after the "add the source" quick fix). The root
-- is the nearest folder above the file with vigie.toml or .git, else the file's own
-- folder (a message says so).
local config = require('vigie.config')

return {
  cmd = config.cmd(),
  filetypes = config.filetypes,
  root_markers = config.root_markers,
  -- The nearest folder with vigie.toml or .git (root_markers), else the file's own folder.
  root_dir = config.root_dir,
  settings = { vigie = {} },
  before_init = config.before_init,
  handlers = config.handlers,
}
