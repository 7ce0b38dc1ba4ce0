// The stop-watch of the command-line cases of tests/bench/run.sh: starts COMMAND with
// posix_spawnp, waits for it with wait4, and prints "MILLISECONDS PEAK_KIB" — the wall time from
// just before the spawn to just after the wait (CLOCK_MONOTONIC), and the largest resident set of
// the command and of the children it waited for. Nothing of the harness (no shell, date, awk or
// time) runs inside that window. The command's stdin, stdout and stderr are /dev/null. Exits 1
// (after printing) when the command did not exit with status 0: a failing run is not a figure.
//   bench-spawn-timer COMMAND [ARGS...]
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <cstdio>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench-spawn-timer COMMAND [ARGS...]\n");
        return 64;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

    timespec start{};
    timespec end{};
    pid_t pid = 0;
    int status = 0;
    rusage usage{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const int spawned = posix_spawnp(&pid, argv[1], &actions, nullptr, argv + 1, environ);
    if (spawned == 0)
        wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "bench-spawn-timer: cannot start %s\n", argv[1]);
        return 127;
    }
    const double ms = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    std::printf("%.3f %ld\n", ms, usage.ru_maxrss);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
