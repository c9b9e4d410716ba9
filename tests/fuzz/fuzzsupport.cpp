#include "fuzzsupport.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace
{
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // qFatal must still end the run: libFuzzer then keeps the input as a crash.
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}
} // namespace

void Fuzz::installQuietMessageHandler()
{
    qInstallMessageHandler(quiet);
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::installQuietMessageHandler();
    return 0;
}
