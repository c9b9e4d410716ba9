// libFuzzer target: OpenStack error bodies (CloudError::parseBody: Nova/Glance fault objects,
// Neutron's NeutronError, Keystone's error, Placement's errors list, text and HTML), through
// CloudError::http() and the user-facing sentence for each status Phoenix words differently.
#include "cloud/clouderror.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    Fuzz::Sink k;

    QString fault;
    QString message;
    CloudError::parseBody(body, &fault, &message);
    k(fault), k(message);

    // The status comes from the input's length so that every wording is reached without
    // making the body itself start with a status.
    static constexpr int Statuses[] = {400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504, 418};
    const int status = Statuses[size % std::size(Statuses)];
    const CloudError e = CloudError::http(status, body, QStringLiteral("req-fuzz"), QStringLiteral("http://fuzz/"));
    Fuzz::touch(e, k);
    k(qint64(e.isTaskStateConflict() + e.isConflict() + e.isNotFound() + e.isUnauthorized()));
    return k.n < 0 ? 1 : 0;
}
