// libFuzzer target: the Keystone token reply (RestClient::parseAuthReply, with its service
// catalog and the endpoint choice that follows it) and Nova's version document
// (RestClient::negotiateComputeMicroversion), the two replies read before any other call.
#include "fuzzsupport.h"
#include "cloud/restclient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    Fuzz::Sink k;

    Fuzz::touch(RestClient::parseAuthReply(body, QByteArrayLiteral("gAAAAfuzz")), k, [](const AuthState &a, Fuzz::Sink &s) {
        s(QString::fromLatin1(a.token)), s(a.expiresAt), s(a.userId), s(a.userName), s(a.domainName);
        s(a.projectId), s(a.projectName), s(a.roles), s(a.catalog.regions());
        for (const char *type : {"compute", "image", "network", "identity"}) {
            for (const char *interface : {"public", "internalURL", "admin"}) {
                s(a.catalog.endpoint(QString::fromLatin1(type), QString::fromLatin1(interface), QString()).toString());
                s(a.catalog.endpoint(QString::fromLatin1(type), QString::fromLatin1(interface),
                                     QStringLiteral("RegionOne")).toString());
            }
        }
        for (const ServiceCatalog::Endpoint &e : a.catalog.endpoints())
            s(e.serviceType), s(e.serviceName), s(e.interface), s(e.region), s(e.url.toString());
    });
    // no X-Subject-Token header: must be an error, never a session without a token
    const Result<AuthState> noToken = RestClient::parseAuthReply(body, QByteArray());
    if (noToken.ok())
        abort();
    Fuzz::touch(noToken.error(), k);

    for (const auto &[wanted, minimum] : {std::pair{79, 26}, std::pair{2, 1}, std::pair{93, 93}}) {
        const Result<int> minor = RestClient::negotiateComputeMicroversion(body, wanted, minimum);
        if (minor.ok() && minimum > 1 && minor.value() < minimum)
            abort(); // a microversion below what Phoenix needs must be an error
        if (minor.ok())
            k(qint64(minor.value()));
        else
            Fuzz::touch(minor.error(), k);
    }
    return k.n < 0 ? 1 : 0;
}
