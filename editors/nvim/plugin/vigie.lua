-- Commands and the statusline's cursor tracking only: nothing starts until
-- vim.lsp.enable('vigie') (Neovim 0.11+) or require('vigie').setup{}.
if vim.g.loaded_vigie then
  return
end
vim.g.loaded_vigie = 1
require('vigie.commands').create()
require('vigie.status').track()
