#pragma once

#include "cloud/cloudconfig.h"

#include <QString>

// Where the integration tests find the project's OpenStack test bed (tests/openstack/up.sh).
namespace TestEnv
{
// PHOENIX_TEST_CLOUDS, else /var/lib/phoenix-lab/clouds.yaml
QString labCloudsFile();
// true under CI (CI=true): a missing test bed is then a failure, not a skip
bool isCi();
// Loads a cloud of the test bed; on failure sets *why (for QSKIP / QFAIL).
bool loadLabCloud(const QString &name, CloudConfig *out, QString *why);
// Use as: REQUIRE_LAB_CLOUD("lab-teacher", config);  skips locally, fails in CI when absent
} // namespace TestEnv

#define REQUIRE_LAB_CLOUD(name, config)                                                                     \
    do {                                                                                                    \
        QString why_;                                                                                       \
        if (!TestEnv::loadLabCloud(QStringLiteral(name), &(config), &why_)) {                              \
            if (TestEnv::isCi())                                                                            \
                QFAIL(qPrintable(QStringLiteral("CI=true but the OpenStack test bed is missing: ") + why_)); \
            QSKIP(qPrintable(QStringLiteral("OpenStack test bed absent (run tests/openstack/up.sh): ") + why_)); \
        }                                                                                                   \
    } while (false)
