#include "testenv.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace TestEnv
{
QString labCloudsFile()
{
    const QString env = qEnvironmentVariable("PHOENIX_TEST_CLOUDS");
    return env.isEmpty() ? QStringLiteral("/var/lib/phoenix-lab/clouds.yaml") : env;
}

bool isCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool loadLabCloud(const QString &name, CloudConfig *out, QString *why)
{
    const QString file = labCloudsFile();
    if (!QFileInfo::exists(file)) {
        *why = QStringLiteral("%1 does not exist").arg(file);
        return false;
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), file);
    CloudConfigLoader loader(env);
    loader.setSearchDirectories({});
    Result<CloudConfig> r = loader.load(name);
    if (!r) {
        *why = r.error().userMessage();
        return false;
    }
    *out = r.value();
    return true;
}
} // namespace TestEnv
