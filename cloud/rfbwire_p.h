#pragma once

// Wire-format helpers shared by RfbClient's protocol steps (rfbclient.cpp) and its decoders
// (rfbdecode.cpp). Private to the RFB client.

#include <QtGlobal>
#include <QtEndian>

#include <algorithm>

namespace RfbWire
{
inline quint16 u16(const uchar *p)
{
    return qFromBigEndian<quint16>(p);
}
inline quint32 u32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}
constexpr quint32 Opaque = 0xff000000u;
// Our pixel format (set by SetPixelFormat): 32 bpp, depth 24, little-endian, red at 16, green 8,
// blue 0 — the framebuffer's own layout, so a wire pixel is one 32-bit load with the (unused) top
// byte forced opaque.
inline quint32 pixel32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p) | Opaque;
}
// ZRLE's compressed pixel for that format: the three low bytes.
inline quint32 cpixel(const uchar *p)
{
    return (quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16) | Opaque;
}
// n wire pixels to framebuffer pixels: a loop the compiler vectorises (a 32-bit load and an OR each).
inline void row32(quint32 *dst, const uchar *src, int n)
{
    for (int x = 0; x < n; ++x)
        dst[x] = qFromLittleEndian<quint32>(src + qsizetype(x) * 4) | Opaque;
}
// n cpixels (3 bytes each) to framebuffer pixels. safeOver: the buffer has at least one more byte
// after the n cpixels, so the last one may be read as 4 bytes too.
inline void row24(quint32 *dst, const uchar *src, int n, bool safeOver)
{
    const int wide = safeOver ? n : n - 1;
    int x = 0;
    for (; x < wide; ++x)
        dst[x] = qFromLittleEndian<quint32>(src + qsizetype(x) * 3) | Opaque; // the 4th byte is overwritten
    for (; x < n; ++x)
        dst[x] = cpixel(src + qsizetype(x) * 3);
}
// One row of a packed-palette ZRLE tile: Bits bits an index, most significant first, the row
// padded to a byte. palette has 16 entries (unused ones zero); bad collects indexes >= size.
template<int Bits>
inline void paletteRow(quint32 *dst, const uchar *src, int n, const quint32 *palette, int size, bool &bad)
{
    constexpr int PerByte = 8 / Bits, Mask = (1 << Bits) - 1;
    int x = 0, worst = 0;
    for (; x + PerByte <= n; x += PerByte) {
        const int b = *src++;
        for (int k = 0; k < PerByte; ++k) {
            const int index = (b >> (8 - Bits * (k + 1))) & Mask;
            worst = std::max(worst, index);
            dst[x + k] = palette[index];
        }
    }
    if (x < n) {
        const int b = *src;
        for (int k = 0; x < n; ++k, ++x) {
            const int index = (b >> (8 - Bits * (k + 1))) & Mask;
            worst = std::max(worst, index);
            dst[x] = palette[index];
        }
    }
    bad |= worst >= size;
}
} // namespace RfbWire
