// libFuzzer target: clouds.yaml (+ secure.yaml) through CloudConfigLoader's pure parsers.
// The input is clouds.yaml; if it contains a NUL byte, what follows the first NUL is secure.yaml.
// Every cloud the file names is loaded, plus a name that is not there, and the result is validated.
#include "cloud/cloudconfig.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray clouds = nul < 0 ? input : input.left(nul);
    const QByteArray secure = nul < 0 ? QByteArray() : input.mid(nul + 1);
    Fuzz::Sink k;

    QStringList names = CloudConfigLoader::parseCloudNames(clouds);
    k(names);
    names = names.mid(0, 8); // a file with thousands of entries should not make one run slow
    names << QStringLiteral("lab-school") << QString();
    for (const QString &name : std::as_const(names)) {
        Fuzz::touch(CloudConfigLoader::parseClouds(clouds, secure, name), k, [](const CloudConfig &c, Fuzz::Sink &s) {
            s(c.name), s(c.authUrl), s(c.username), s(c.userId), s(c.userDomainName), s(c.userDomainId);
            s(c.projectName), s(c.projectId), s(c.projectDomainName), s(c.projectDomainId);
            s(c.applicationCredentialId), s(c.applicationCredentialName), s(c.regionName), s(c.interface);
            s(c.caCertFile), s(c.identity()), s(c.validate());
            s(qint64(c.hasSecret() + c.verifyRequested + c.computeApiVersionOverride));
        });
    }
    return k.n < 0 ? 1 : 0;
}
