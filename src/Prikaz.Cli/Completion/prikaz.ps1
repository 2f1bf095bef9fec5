# prikaz completion for PowerShell. Load it now:  prikaz completion pwsh | Out-String | Invoke-Expression
# or for every new shell, add that line to $PROFILE.
# The candidates come from prikaz itself (System.CommandLine's [suggest:N] directive).
Register-ArgumentCompleter -Native -CommandName prikaz -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    prikaz "[suggest:$cursorPosition]" "$commandAst" 2>$null | Where-Object { $_ } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
