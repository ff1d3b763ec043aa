--- The user commands, created by plugin/vigie.lua at start-up and again by setup() (for a
--- plugin manager that loads the Lua modules only).
local M = {}

function M.create()
  vim.api.nvim_create_user_command('VigieMentions', function()
    require('vigie').mentions()
  end, { desc = 'vigie: every mention of the actor or place under the cursor, into the quickfix list' })
  vim.api.nvim_create_user_command('VigieRestart', function()
    require('vigie').restart()
  end, { desc = 'vigie: restart the language server' })
  vim.api.nvim_create_user_command('VigieReindex', function(args)
    require('vigie').reindex({ from_scratch = args.bang })
  end, { bang = true, desc = 'vigie: bring the corpus index up to date (!: from scratch, without the cache)' })
end

return M
