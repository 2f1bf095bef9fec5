# prikaz completion for bash. Load it now:    source <(prikaz completion bash)
# or for every new shell:  prikaz completion bash > ~/.local/share/bash-completion/completions/prikaz
# The candidates come from prikaz itself (System.CommandLine's [suggest:N] directive), so they always
# match the installed version: commands, options, --to formats, --format reports, --authority ids.
_prikaz_complete()
{
    local IFS=$'\n'
    local candidates
    candidates=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
    COMPREPLY=( $(compgen -W "${candidates}" -- "${COMP_WORDS[COMP_CWORD]}") )
}
complete -o default -F _prikaz_complete prikaz
