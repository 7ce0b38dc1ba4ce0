# bash completion for trello-onboard(1)                           -*- shell-script -*-
# Installed as share/bash-completion/completions/trello-onboard. tests/e2e/docs-drift.sh
# completes with it and compares the commands and each command's options with the program's.

# The options a command accepts besides --demo, --help and --version (what
# acceptedOptions() in src/app/Invocation.cpp says; the setup options are SetupOptions::names()).
_trello_onboard_options()
{
    local setup="--key --app-name --scope --expiration --api-host --authorize-url --return-url
                 --header --credentials-in --ca-file --sign-in --expiry-warnings --client-id
                 --oauth-scope --oauth-authorize-url --oauth-token-url --redirect-uri --config"
    case $1 in
        '' | setup) echo "$setup --first-run --close-when-done --json" ;;
        rotate) echo "$setup --account --close-when-done --json" ;;
        import) echo "$setup --json" ;;
        status | forget) echo "--account --json" ;;
        token | exec) echo "--account" ;;
        revoke) echo "--account --yes --json" ;;
        check) echo "--notify --json" ;;
        manage) ;;
    esac
}

_trello_onboard()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n =: || return
    else
        # Without bash-completion: "--scope=read" arrives as three words, since "=" breaks
        # words, and "read:board:trello" as five, since ":" does; put them back together.
        local j sep
        words=()
        cword=0
        for ((j = 0; j < ${#COMP_WORDS[@]}; j++)); do
            sep=${COMP_WORDS[j]}
            if [[ ($sep == = && ${#words[@]} -gt 1 && ${words[-1]} == --* && ${words[-1]} != *=*) ||
                ($sep == : && ${#words[@]} -gt 1) ]]; then
                words[-1]+=$sep
                if ((j < COMP_CWORD)) && ((j + 1 < ${#COMP_WORDS[@]})); then
                    ((j++))
                    words[-1]+=${COMP_WORDS[j]}
                fi
            else
                words+=("${COMP_WORDS[j]}")
            fi
            ((j <= COMP_CWORD)) && cword=$((${#words[@]} - 1))
        done
        cur=${words[cword]}
        prev=${words[cword - 1]}
    fi

    local commands="setup manage rotate status token exec import revoke forget check"
    # Options that take a value: the next word is theirs, never a command.
    local valued="--account --key --app-name --scope --expiration --api-host --authorize-url
                  --return-url --header --credentials-in --ca-file --sign-in --expiry-warnings
                  --client-id --oauth-scope --oauth-authorize-url --oauth-token-url --redirect-uri --config"

    # The command, and whether exec's "--" came before the word being completed.
    local command='' i w
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $w == -- ]]; then
            if [[ $command == exec ]]; then
                # What follows is the command to run and its arguments.
                if declare -F _command_offset >/dev/null; then
                    # Its argument counts COMP_WORDS, where "=" and ":" are words of their own.
                    local k n=0 seen=0
                    for ((k = 0; k <= i; k++)); do [[ ${words[k]} == -- ]] && ((n++)); done
                    for ((k = 0; k < ${#COMP_WORDS[@]}; k++)); do
                        [[ ${COMP_WORDS[k]} == -- ]] && ((++seen == n)) && break
                    done
                    _command_offset $((k + 1))
                else
                    if ((cword == i + 1)); then
                        COMPREPLY=($(compgen -c -- "$cur"))
                    else
                        COMPREPLY=($(compgen -f -- "$cur"))
                    fi
                fi
                return
            fi
            break
        elif [[ $w == -* ]]; then
            [[ $w != *=* && " ${valued//$'\n'/ } " == *" $w "* ]] && ((i++))
        elif [[ -z $command ]]; then
            command=$w
        fi
    done

    # A value: after "--scope read" or in "--scope=read" (then only what follows "=" is
    # replaced, since "=" breaks words).
    local option=''
    if [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        cur=${cur#*=}
    elif [[ $prev == --* && " ${valued//$'\n'/ } " == *" $prev "* ]]; then
        option=$prev
    fi
    case $option in
        --scope) COMPREPLY=($(compgen -W "read read,write read,write,account" -- "$cur")) ;;
        --expiration) COMPREPLY=($(compgen -W "1hour 1day 30days never" -- "$cur")) ;;
        --credentials-in) COMPREPLY=($(compgen -W "query header" -- "$cur")) ;;
        --sign-in) COMPREPLY=($(compgen -W "embedded browser" -- "$cur")) ;;
        --expiry-warnings) COMPREPLY=($(compgen -W "on off" -- "$cur")) ;;
        --oauth-scope)
            # A comma-separated list: complete its last item, offering each scope once.
            local scopes="read:member:trello write:member:trello read:board:trello write:board:trello
                          write:board:membership:trello read:organization:trello
                          write:organization:trello write:organization:membership:trello
                          read:enterprise:trello write:enterprise:trello offline_access"
            local given=${cur%"${cur##*,}"} scope
            for scope in $(compgen -W "$scopes" -- "${cur##*,}"); do
                [[ ,$given == *",$scope,"* ]] || COMPREPLY+=("$given$scope")
            done
            ;;
        --config | --ca-file)
            if declare -F _filedir >/dev/null; then
                _filedir
            else
                local IFS=$'\n'
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$cur"))
            fi
            ;;
        --account | --key | --app-name | --api-host | --authorize-url | --return-url | --header | \
            --client-id | --oauth-authorize-url | --oauth-token-url | --redirect-uri)
            # Free text: nothing to offer.
            COMPREPLY=()
            ;;
        *)
            if [[ $cur == -* ]]; then
                local offered
                offered="$(_trello_onboard_options "$command") --demo --help --version"
                [[ $command == exec ]] && offered+=" --"
                COMPREPLY=($(compgen -W "$offered" -- "$cur"))
                # An option that takes a value gets it after "=" when bash completes it alone.
                if ((${#COMPREPLY[@]} == 1)) && [[ " ${valued//$'\n'/ } " == *" ${COMPREPLY[0]} "* ]]; then
                    compopt -o nospace 2>/dev/null
                    COMPREPLY[0]+='='
                fi
            elif [[ -z $command ]]; then
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            ;;
    esac
    # ":" breaks words for readline too: it replaces only what follows the last one.
    if [[ $cur == *:* ]]; then
        local done_part=${cur%"${cur##*:}"}
        COMPREPLY=("${COMPREPLY[@]#"$done_part"}")
    fi
} &&
    complete -F _trello_onboard trello-onboard

# ex: filetype=sh
