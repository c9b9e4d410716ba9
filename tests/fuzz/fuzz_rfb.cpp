// libFuzzer target: the console's RFB client (issue 15). The input is what a VNC server (or a
// hostile proxy) sends. The first byte chooses how: bit 0 — from the very first byte (version,
// security, init) or after a fixed 3.8/None handshake onto a 64×48 screen (updates, cut text,
// bell); bits 1-3 — the chunk size the bytes arrive in (1 … 4096), so that every "need more"
// path is taken; bit 4 — a password is set (VNC authentication). The rest also goes through
// the noVNC URL parser. Every event and pixel is read back so ASan sees bad memory at once.
#include "cloud/rfbclient.h"
#include "cloud/rfbendpoint.h"
#include "fuzzsupport.h"

#include <QtEndian>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    Fuzz::Sink k;

    RfbClient client((mode & 16) ? QByteArray("fuzzpass") : QByteArray());
    if (!(mode & 1)) {
        QByteArray init("RFB 003.008\n\x01\x01\0\0\0\0", 18);
        init += QByteArray::fromHex("00400030" "2018000100ff00ff00ff100800000000" "00000001") + "f";
        client.feed(init);
        (void)client.takeOutgoing();
    }
    static constexpr int Chunks[] = {4096, 1, 2, 3, 7, 64, 500, 1 << 20};
    const int chunk = Chunks[(mode >> 1) & 7];
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        if (!client.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i))))
            break;
        if (client.state() == RfbClient::State::NeedPassword)
            client.setPassword("late");
    }
    k(client.error());
    k(client.serverName());
    k(client.takeOutgoing().size());
    for (const RfbClient::Event &e : client.takeEvents()) {
        k(e.text);
        k(qint64(e.size.width() + e.size.height()));
        for (const RfbDamage &d : e.damage) {
            k(qint64(d.rect.width()));
            if (!d.pixels.isEmpty())
                k(qint64(uchar(d.pixels.front()) + uchar(d.pixels.back())));
            if (d.pixels.size() != qsizetype(d.rect.width()) * d.rect.height() * 4)
                __builtin_trap();
        }
        // (events other than a cursor shape carry an invalid size and no pixels)
        if (e.cursor.size.isValid() && e.cursor.argb.size() != qsizetype(e.cursor.size.width()) * e.cursor.size.height() * 4)
            __builtin_trap();
    }
    const QList<quint32> &fb = client.framebuffer();
    if (client.size().isValid() && fb.size() != qsizetype(client.size().width()) * client.size().height())
        __builtin_trap();
    if (!fb.isEmpty())
        k(qint64(fb.front() ^ fb.back()));
    // the state machine keeps working after a failure: no output, no crash
    client.keyEvent(0x61, true);
    client.pointerEvent(5000, -5, 1);
    client.clientCutText(QString::fromLatin1(input.left(64)));

    const Result<RfbEndpoint> endpoint = RfbEndpoint::fromNovncUrl(QString::fromUtf8(input));
    if (endpoint)
        k(endpoint.value().webSocketUrl.toString()), k(endpoint.value().redactedToken());
    else
        Fuzz::touch(endpoint.error(), k);
    return k.n < 0 ? 1 : 0;
}
