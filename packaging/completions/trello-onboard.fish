# fish completion for trello-onboard(1)
# Installed as share/fish/vendor_completions.d/trello-onboard.fish. tests/e2e/docs-drift.sh
# completes with it and compares the commands and each command's options with the program's.

# The command given so far ("" for none). Options that take a value own the next word.
function __trello_onboard_command
    set -l valued account key app-name scope expiration api-host authorize-url return-url \
        header credentials-in ca-file sign-in expiry-warnings client-id oauth-scope oauth-authorize-url \
        oauth-token-url redirect-uri config
    set -l words (commandline -opc)
    set -e words[1]
    set -l skip 0
    for w in $words
        if test $skip = 1
            set skip 0
            continue
        end
        switch $w
            case '--'
                break
            case '--*=*'
            case '--*'
                contains -- (string sub -s 3 -- $w) $valued; and set skip 1
            case '-*'
            case '*'
                echo $w
                return
        end
    end
    echo ''
end

# True when the command given so far is one of the arguments ("" stands for none).
function __trello_onboard_using
    contains -- (__trello_onboard_command) $argv
end

# True after exec's "--": the rest is the command to run.
function __trello_onboard_after_dashdash
    set -l words (commandline -opc)
    contains -- -- $words; and test (__trello_onboard_command) = exec
end

# After exec's "--": what fish would complete for the command line that follows.
function __trello_onboard_exec_args
    set -l words (commandline -opc) (commandline -ct)
    set -l at (contains -i -- -- $words)
    __fish_complete_subcommand --commandline $words[(math $at + 1)..-1]
end

# --oauth-scope's values: the scopes not yet in the comma-separated list being typed.
function __trello_onboard_oauth_scopes
    set -l token (commandline -ct)
    set -l given (string replace -r '^--oauth-scope=' '' -- $token)
    set -l done (string replace -r '[^,]*$' '' -- $given)
    for scope in read:member:trello write:member:trello read:board:trello write:board:trello \
        write:board:membership:trello read:organization:trello write:organization:trello \
        write:organization:membership:trello read:enterprise:trello write:enterprise:trello \
        offline_access
        contains -- $scope (string split , -- $done); or echo $done$scope
    end
end

complete -c trello-onboard -f

# Commands.
complete -c trello-onboard -n "__trello_onboard_using ''" -a setup -d 'the setup wizard'
complete -c trello-onboard -n "__trello_onboard_using ''" -a manage -d 'the accounts screen'
complete -c trello-onboard -n "__trello_onboard_using ''" -a rotate -d 'get a new token, then revoke the old one'
complete -c trello-onboard -n "__trello_onboard_using ''" -a status -d 'verify each stored token'
complete -c trello-onboard -n "__trello_onboard_using ''" -a token -d 'print the token, for scripts'
complete -c trello-onboard -n "__trello_onboard_using ''" -a exec -d 'run a command with TRELLO_KEY and TRELLO_TOKEN (OAuth 2.0: TRELLO_ACCESS_TOKEN)'
complete -c trello-onboard -n "__trello_onboard_using ''" -a import -d 'read a token from standard input and store it'
complete -c trello-onboard -n "__trello_onboard_using ''" -a revoke -d 'revoke the token on Trello, then remove it here'
complete -c trello-onboard -n "__trello_onboard_using ''" -a forget -d 'remove the token here only'
complete -c trello-onboard -n "__trello_onboard_using ''" -a check -d 'the background check of every account'

# Every command: --demo, --help, --version.
complete -c trello-onboard -n "not __trello_onboard_after_dashdash" -l demo -d 'use the built-in offline Trello sandbox'
complete -c trello-onboard -n "not __trello_onboard_after_dashdash" -s h -l help -d 'print commands and options'
complete -c trello-onboard -n "not __trello_onboard_after_dashdash" -s v -l version -d 'print the version'

# What each command accepts besides those (acceptedOptions() in src/app/Invocation.cpp; the
# setup options are SetupOptions::names()).
set -l setup "__trello_onboard_using '' setup rotate import"
complete -c trello-onboard -n $setup -l key -x -d 'the API key (32 hexadecimal characters)'
complete -c trello-onboard -n $setup -l app-name -x -d 'the name Trello shows on its consent page'
complete -c trello-onboard -n $setup -l scope -x -a 'read read,write read,write,account' -d 'what the token may do'
complete -c trello-onboard -n $setup -l expiration -x -a '1hour 1day 30days never' -d 'how long the token lives'
complete -c trello-onboard -n $setup -l api-host -x -d 'where API requests go'
complete -c trello-onboard -n $setup -l authorize-url -x -d 'where the consent page is loaded from'
complete -c trello-onboard -n $setup -l return-url -x -d 'the redirect that carries the token'
complete -c trello-onboard -n $setup -l header -x -d "an extra header for every API request ('Name: value')"
complete -c trello-onboard -n $setup -l credentials-in -x -a 'query header' -d 'where key and token travel'
complete -c trello-onboard -n $setup -l ca-file -r -F -d 'extra trusted CA certificates (PEM)'
complete -c trello-onboard -n $setup -l sign-in -x -a 'embedded\t"Trello\'s page in this program" browser\t"your own web browser"' -d 'where the consent page is shown'
complete -c trello-onboard -n $setup -l expiry-warnings -x -a 'on\t"turn on the daily check" off\t"leave it as it is"' -d 'warn before tokens expire'
complete -c trello-onboard -n $setup -l client-id -x -d 'an OAuth 2.0 client id (instead of --key)'
complete -c trello-onboard -n $setup -l oauth-scope -x -a '(__trello_onboard_oauth_scopes)' -d 'OAuth 2.0 scopes (comma-separated)'
complete -c trello-onboard -n $setup -l oauth-authorize-url -x -d 'the OAuth 2.0 authorization endpoint'
complete -c trello-onboard -n $setup -l oauth-token-url -x -d 'the OAuth 2.0 token endpoint'
complete -c trello-onboard -n $setup -l redirect-uri -x -d 'the OAuth 2.0 redirect URI registered for the client'
complete -c trello-onboard -n $setup -l config -r -F -d 'an INI file with the same keys'

complete -c trello-onboard -n "__trello_onboard_using rotate status token exec revoke forget; and not __trello_onboard_after_dashdash" \
    -l account -x -d 'the account (username or key:memberId)'
complete -c trello-onboard -n "__trello_onboard_using '' setup" -l first-run -d 'exit at once when an account exists'
complete -c trello-onboard -n "__trello_onboard_using '' setup rotate" -l close-when-done -d 'close the wizard when the outcome is final'
complete -c trello-onboard -n "__trello_onboard_using '' setup rotate status import revoke forget check" -l json -d 'print the outcome as one JSON object'
complete -c trello-onboard -n "__trello_onboard_using revoke" -l yes -d 'revoke without asking'
complete -c trello-onboard -n "__trello_onboard_using check" -l notify -d 'notify on the desktop about accounts that need you'

# exec -- CMD [ARGS…]: the command to run, then its own completion.
complete -c trello-onboard -n "__trello_onboard_using exec; and not __trello_onboard_after_dashdash" -a '\--' -d 'the command to run follows'
complete -c trello-onboard -n __trello_onboard_after_dashdash -x -a '(__trello_onboard_exec_args)'
