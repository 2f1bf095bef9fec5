#compdef prikaz
# prikaz completion for zsh. Load it now:   source <(prikaz completion zsh)   (after compinit)
# or for every new shell:  prikaz completion zsh > "${fpath[1]}/_prikaz"
# The candidates come from prikaz itself (System.CommandLine's [suggest:N] directive).
_prikaz() {
    local -a candidates
    candidates=("${(@f)$(${words[1]} "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
    compadd -Q -a candidates
}
compdef _prikaz prikaz
