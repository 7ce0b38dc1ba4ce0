// The yardstick for start-up cost: the least a Qt command-line program does — a
// QCoreApplication that prints a line and exits.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::puts("bare 1.0");
    return 0;
}
