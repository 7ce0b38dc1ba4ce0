#!/usr/bin/env bash
# Keeps the man page and the bash, zsh and fish completions in step with the program. What the
# program says is the truth: the commands, options and exit codes of `trello-onboard --help`,
# and which options each command accepts, asked of the program itself (an option a command does
# not take is refused with "--OPTION does not apply to COMMAND" before anything runs). Then:
# - the man page has an entry for every command, option and exit code, names no other option,
#   and its "Accepts …" line of each command lists what the command accepts;
# - each completion offers exactly the commands, and for each command exactly the options it
#   accepts (bash and fish by completing for real, zsh through its table with _arguments
#   stubbed), the values of --scope, --expiration, --credentials-in and --sign-in that --help
#   names, and files for --config and --ca-file;
# - the man page renders without a warning (groff -ww, man --warnings, mandoc -T lint when
#   installed), and each completion file passes its shell's syntax check (zsh and fish are
#   skipped with a message when not installed).
# Usage: docs-drift.sh PROGRAM SOURCE_DIR
set -eu
trap 'echo "docs-drift.sh: line $LINENO failed unexpectedly"' ERR
program=$1
source_dir=$2
manpage=$source_dir/packaging/man/trello-onboard.1
bash_completion=$source_dir/packaging/completions/trello-onboard.bash
zsh_completion=$source_dir/packaging/completions/_trello-onboard
fish_completion=$source_dir/packaging/completions/trello-onboard.fish

export LC_ALL=C.UTF-8
unset LANGUAGE
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config" "$work/etc" "$work/files"

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# sorted, unique, one per line; "a b" → the words
set_of() { tr ' ' '\n' | sed '/^$/d' | sort -u; }
# compare NAME_OF_THING EXPECTED ACTUAL (each one word per line)
same() {
    local what=$1 missing extra
    missing=$(comm -23 <(set_of <<<"$2") <(set_of <<<"$3") | tr '\n' ' ')
    extra=$(comm -13 <(set_of <<<"$2") <(set_of <<<"$3") | tr '\n' ' ')
    [ -z "$missing" ] || fail "$what lacks: $missing"
    [ -z "$extra" ] || fail "$what has what the program does not: $extra"
}

# --- What the program says ----------------------------------------------------------------
help=$("$program" --help)
commands=$(awk '/^Commands:/ { f = 1; next } /^$/ { f = 0 } f && /^  [a-z]/ { print $1 }' <<<"$help")
# The first column of the Options section: "--key KEY", "--version, --help".
option_heads=$(awk '/^Options:/ { f = 1; next } /^$/ { f = 0 } f && /^  --/' <<<"$help" | sed -E 's/^  //; s/  .*//')
options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$option_heads" | sed 's/^--//' | sort -u)
# Options that take a value: the name is followed by a placeholder.
valued=$(sed -nE 's/^--([a-z][a-z-]*) [^-].*/\1/p' <<<"$option_heads")
exit_codes=$(awk '/^Exit codes:/ { f = 1 } /^$/ { f = 0 } f' <<<"$help" | sed 's/^Exit codes: *//' | tr '\n' ' ' |
    grep -oE '(^|, )[0-9]+ ' | grep -oE '[0-9]+' | sort -un)
[ "$(wc -w <<<"$commands")" -ge 5 ] || { echo "could not read the commands from --help:"; echo "$help"; exit 1; }
[ "$(wc -w <<<"$options")" -ge 10 ] || { echo "could not read the options from --help:"; echo "$help"; exit 1; }
[ "$(wc -w <<<"$exit_codes")" -ge 5 ] || { echo "could not read the exit codes from --help:"; echo "$help"; exit 1; }
everywhere="demo help version"
echo "--help: commands: $(echo $commands); options: $(echo $options); exit codes: $(echo $exit_codes)"

# The program, run where it can change nothing: its own HOME and XDG folders, no session bus,
# no display (a window command that got this far ends at once), no standard input.
run() {
    env -i PATH="$PATH" LC_ALL=C.UTF-8 HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
        XDG_CONFIG_DIRS="$work/etc" XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work" \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" "$@" </dev/null
}
# Does COMMAND ("" for none) accept OPTION? Commands that read config files get a --config that
# does not exist after it, so nothing runs whether or not the option is taken.
takes_config=()
probe() {
    local command=$1 option=$2 args=() output status=0
    [ -z "$command" ] || args+=("$command")
    if [ "$option" = config ]; then
        args+=("--config=$work/none/probe.conf")
    elif grep -qx -- "$option" <<<"$valued"; then
        args+=("--$option=probe")
    else
        args+=("--$option")
    fi
    if [ "$option" != config ] && [[ " ${takes_config[*]} " == *" [$command] "* ]]; then
        args+=("--config=$work/none/probe.conf")
    fi
    [ "$command" != exec ] || args+=(-- true)
    output=$(run timeout 30 "$program" "${args[@]}" 2>&1) || status=$?
    if [ "$status" = 124 ]; then
        fail "trello-onboard ${args[*]} did not end"
        return 1
    fi
    ! grep -qF -- "--$option does not apply to" <<<"$output"
}
declare -A accepts # by command; "@" for none
refusals=0
for command in '' $commands; do
    if probe "$command" config; then takes_config+=("[$command]"); fi
    list="$everywhere"
    for option in $options; do
        [[ " $everywhere " == *" $option "* ]] && continue
        if probe "$command" "$option"; then list+=" $option"; else refusals=$((refusals + 1)); fi
    done
    accepts[${command:-@}]=$(set_of <<<"$list")
    echo "accepted by ${command:-(no command)}: $(echo ${accepts[${command:-@}]})"
done
[ "$refusals" -gt 0 ] || fail "no command refused any option: the refusal message \"--OPTION does not apply to COMMAND\" was not recognised"

# The keychain bound: the range the man page gives.
for bad in 0 3601 abc " 5"; do
    status=0
    run TRELLO_ONBOARD_KEYCHAIN_TIMEOUT="$bad" "$program" status >/dev/null 2>&1 || status=$?
    [ "$status" = 64 ] || fail "TRELLO_ONBOARD_KEYCHAIN_TIMEOUT=\"$bad\" exited $status, not 64"
done
for good in 1 3600; do
    status=0
    run TRELLO_ONBOARD_KEYCHAIN_TIMEOUT="$good" "$program" status >/dev/null 2>&1 || status=$?
    [ "$status" != 64 ] || fail "TRELLO_ONBOARD_KEYCHAIN_TIMEOUT=$good was refused"
done

# --- The man page ----------------------------------------------------------------------------
# The source as text: \- is -, no font changes or break hints.
man_text=$(sed -E 's/\\-/-/g; s/\\f[BIRP]//g; s/\\%//g; s/\\&//g' "$manpage")
section() { awk -v want="$1" '/^\.SH/ { f = ($0 ~ "^\\.SH \"?" want) ; next } f' <<<"$man_text"; }
# The first line of each .TP entry of a section.
tp_heads() { awk '/^\.TP/ { getline; print }' <<<"$(section "$1")"; }

man_commands=$(tp_heads COMMANDS | awk '{ gsub(/"/, "", $2); print $2 }')
same "the man page's COMMANDS" "$commands" "$man_commands"
man_options=$(tp_heads OPTIONS | grep -oE -- '--[a-z][a-z-]*' | sed 's/^--//')
same "the man page's OPTIONS" "$options" "$man_options"
# (Example lines of other programs, systemctl's, carry their own options.)
mentioned=$(grep -v '^systemctl ' <<<"$man_text" | grep -oE -- '--[a-z][a-z-]*' | sed 's/^--//' | sort -u)
same "the options the man page mentions anywhere" "$options" "$mentioned"
man_exit=$(tp_heads "EXIT STATUS" | awk '{ print $2 }')
same "the man page's EXIT STATUS" "$exit_codes" "$man_exit"
# Setup options: the entries of the "Setup options" subsection.
man_setup=$(section OPTIONS | awk '/^\.SS/ { f = /Setup options/; next } f && /^\.TP/ { getline; print }' |
    grep -oE -- '--[a-z][a-z-]*' | sed 's/^--//')
# Each command's "Accepts …" (to the end of its entry); "the setup options" stands for those.
for command in $commands; do
    entry=$(section COMMANDS | awk -v c="$command" '
        /^\.TP/ { getline; gsub(/"/, ""); f = ($2 == c); next }
        f && /^Accepts/ { a = 1 } f && a { print }')
    [ -n "$entry" ] || { fail "the man page's entry for $command has no \"Accepts\" line"; continue; }
    said=$(grep -oE -- '--[a-z][a-z-]*' <<<"$entry" | sed 's/^--//' || true)
    ! grep -q 'setup options' <<<"$entry" || said+=" $man_setup"
    same "the man page's \"Accepts\" of $command" "$(comm -23 <(echo "${accepts[${command:-@}]}") <(set_of <<<"$everywhere"))" "$said"
done
for variable in TRELLO_ONBOARD_KEYCHAIN_TIMEOUT TRELLO_KEY TRELLO_TOKEN BROWSER; do
    section ENVIRONMENT | grep -qw "$variable" || fail "the man page's ENVIRONMENT does not name $variable"
done

# Renders without a warning.
lint=$(groff -man -ww -z "$manpage" 2>&1) || fail "groff failed on the man page"
[ -z "$lint" ] || fail "groff -man -ww: $lint"
if command -v man >/dev/null; then
    lint=$(MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null) || fail "man -l failed on the man page"
    [ -z "$lint" ] || fail "man --warnings -l: $lint"
fi
if command -v mandoc >/dev/null; then
    lint=$(mandoc -T lint -W warning "$manpage" 2>&1) || fail "mandoc -T lint: $lint"
else
    echo "mandoc is not installed: its lint is skipped"
fi

# --- The completions -------------------------------------------------------------------------
# The words of the help text about OPTION (its lines up to the next option), as values.
help_words() {
    awk -v o="  --$1 " '/^  --/ { f = (index($0, o) == 1) } /^$/ { f = 0 } f' <<<"$help" |
        sed -E 's/^  --[a-z-]+ +[^ ]+ +//' | tr ' ' '\n' | sed -E 's/[,.;:)]+$//; s/^\(//' | sed '/^$/d'
}
# check_values SHELL OPTION VALUES: every value offered is one --help names, and there are some.
check_values() {
    local shell=$1 option=$2 values=$3 value
    [ -n "$values" ] || fail "$shell offers no values for --$option"
    for value in $values; do
        help_words "$option" | grep -qxF -- "$value" || fail "$shell offers \"$value\" for --$option, which --help does not name"
    done
}
enumerated="scope expiration credentials-in sign-in"
touch "$work/files/probe-file.pem"

# bash: the completion function run on command lines split as readline splits them.
bash -n "$bash_completion" || fail "bash -n $bash_completion"
bash_complete() { # WITH_BASH_COMPLETION LINE
    (cd "$work/files" && bash --norc --noprofile -c '
        [ "$1" = 1 ] && . /usr/share/bash-completion/bash_completion
        . "$2"
        line=$3 words=()
        read -r -a raw <<<"$line"
        [[ $line == *" " ]] && raw+=("")
        for w in "${raw[@]}"; do
            if [[ $w == *=* ]]; then words+=("${w%%=*}" "=" "${w#*=}"); else words+=("$w"); fi
        done
        COMP_WORDS=("${words[@]}") COMP_CWORD=$((${#words[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
        _trello_onboard trello-onboard "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
        printf "%s\n" "${COMPREPLY[@]}"' bash "$1" "$bash_completion" "$2")
}
modes=0
if [ -f /usr/share/bash-completion/bash_completion ]; then
    modes="0 1"
else
    echo "bash-completion is not installed: the bash completion is checked without it only"
fi
for mode in $modes; do
    shell="bash$([ "$mode" = 1 ] && echo ' (with bash-completion)' || true)"
    same "$shell: commands" "$commands" "$(bash_complete "$mode" 'trello-onboard ')"
    for command in '' $commands; do
        offered=$(bash_complete "$mode" "trello-onboard${command:+ $command} --" | grep -E '^--[a-z]' | sed 's/^--//; s/=$//')
        same "$shell: options of ${command:-(no command)}" "${accepts[${command:-@}]}" "$offered"
    done
    for option in $enumerated; do
        check_values "$shell" "$option" "$(bash_complete "$mode" "trello-onboard setup --$option ")"
        check_values "$shell" "$option" "$(bash_complete "$mode" "trello-onboard setup --$option=")"
    done
    for option in config ca-file; do
        bash_complete "$mode" "trello-onboard setup --$option probe-" | grep -qx probe-file.pem ||
            fail "$shell does not complete a file after --$option"
    done
done
same "the options bash's file names" "$options" "$(grep -oE -- '--[a-z][a-z-]*' "$bash_completion" | sed 's/^--//' | sort -u)"

# fish: its own completer, `complete -C`.
if command -v fish >/dev/null; then
    fish -n "$fish_completion" || fail "fish -n $fish_completion"
    fish_complete() {
        (cd "$work/files" && HOME="$work/home" fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$fish_completion" "$1" | cut -f1)
    }
    same "fish: commands" "$commands" "$(fish_complete 'trello-onboard ')"
    for command in '' $commands; do
        offered=$(fish_complete "trello-onboard${command:+ $command} --" | grep -E '^--[a-z]' | sed 's/^--//')
        same "fish: options of ${command:-(no command)}" "${accepts[${command:-@}]}" "$offered"
    done
    for option in $enumerated; do
        check_values fish "$option" "$(fish_complete "trello-onboard setup --$option ")"
    done
    for option in config ca-file; do
        fish_complete "trello-onboard setup --$option probe-" | grep -qx probe-file.pem ||
            fail "fish does not complete a file after --$option"
    done
    same "the options fish's file names" "$options" "$(sed -e :a -e '/\\$/N; s/\\\n//; ta' "$fish_completion" | grep '^complete' | grep -oE -- ' -l [a-z][a-z-]*' | sed 's/^ -l //' | sort -u)"
else
    echo "fish is not installed: the fish completion is not checked"
fi

# zsh: the file is the completion function; its table of commands and of each command's
# _arguments specs is read with _describe and _arguments stubbed.
if command -v zsh >/dev/null; then
    zsh -n "$zsh_completion" || fail "zsh -n $zsh_completion"
    zsh_ask() { # CODE, run after the completion function was defined and run once
        zsh -f -c '
            _arguments() { return 1 }
            _describe() { print -rl -- ${(P)${@[-1]}} }
            functions[_trello-onboard]=$(<$1)
            words=(trello-onboard "") CURRENT=2
            _trello-onboard >/dev/null
            eval $2' zsh "$zsh_completion" "$1"
    }
    same "zsh: commands" "$commands" "$(zsh_ask '_trello-onboard_commands' | cut -d: -f1)"
    for command in '' $commands; do
        specs=$(zsh_ask "_trello-onboard_options '$command'; print -rl -- \$reply")
        offered=$(sed -E 's/^(\([^)]*\)|\*)*//' <<<"$specs" | grep -oE '^--[a-z][a-z-]*' | sed 's/^--//')
        same "zsh: options of ${command:-(no command)}" "${accepts[${command:-@}]}" "$offered"
    done
    specs=$(zsh_ask "_trello-onboard_options setup; print -rl -- \$reply")
    for option in $enumerated; do
        spec=$(grep -E "^--$option=" <<<"$specs" || true)
        if grep -q '((' <<<"$spec"; then
            values=$(grep -oE '[a-z0-9,]+\\:' <<<"$spec" | sed 's/\\://')
        else
            values=$(sed -nE 's/.*:\(([^()]*)\)$/\1/p' <<<"$spec")
        fi
        check_values zsh "$option" "$values"
    done
    for option in config ca-file; do
        grep -E "^--$option=" <<<"$specs" | grep -q ':_files$' || fail "zsh does not complete a file after --$option"
    done
    same "the options zsh's file names" "$options" "$(grep -oE -- '--[a-z][a-z-]*' "$zsh_completion" | sed 's/^--//' | sort -u)"
else
    echo "zsh is not installed: the zsh completion is not checked"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures difference(s) between the program and its man page or completions"
    exit 1
fi
echo "man page and completions agree with the program"
