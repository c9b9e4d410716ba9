#pragma once

// Shared by the benchmark executables: synthetic desktops, figures in one line format that
// run-bench.sh collects, and small measuring helpers. Benchmarks print; they never assert.

#include "cloud/cloudtypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>

namespace Bench
{
// N servers the way a school's inventory looks: teacher and student desktops of ~40 courses with
// Phoenix metadata, a few servers without it, fixed (and some floating) addresses, mostly ACTIVE.
// Deterministic: the same n gives the same servers.
QList<Server> makeServers(int n);
// A copy of s as the next poll would report it after a state change (status and updated move).
Server changedServer(const Server &s, int generation);

// One result line: "FIGURE<TAB>issue<TAB>name<TAB>value<TAB>unit<TAB>target<TAB>verdict<TAB>note".
// verdict: "met", "missed" or "-" (no target); run-bench.sh turns these lines into the tables.
void figure(const QString &issue, const QString &name, double value, const QString &unit,
            const QString &target = QString(), const QString &verdict = QStringLiteral("-"),
            const QString &note = QString());
// verdict helper: "met" when value <= limit (or >= limit with atLeast)
QString verdict(double value, double limit, bool atLeast = false);
// A line of context in the output (not a figure).
void note(const QString &text);

// Resident set size of this process (VmRSS / VmHWM of /proc/self/status), in MiB.
double rssMb();
double peakRssMb();

double median(QList<double> values);
double maxOf(const QList<double> &values);

inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1.0e6;
}
} // namespace Bench
