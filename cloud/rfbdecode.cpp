// RfbClient's framebuffer decoders: Raw, CopyRect, Hextile, ZRLE (with its zlib stream and the
// bulk paths for raw, solid, palette and RLE tiles), the cursor and the desktop size.
#include "cloud/rfbclient.h"
#include "cloud/rfbwire_p.h"

#include <zlib.h>

using namespace RfbWire;

void RfbClient::fill(int x, int y, int w, int h, quint32 pixel)
{
    for (int row = y; row < y + h; ++row)
        std::fill_n(m_fb.data() + qsizetype(row) * m_width + x, w, pixel);
}

RfbClient::Step RfbClient::decodeRaw()
{
    // row by row as the bytes arrive: a full-screen rectangle (8 MB at 1080p) is never buffered whole
    const int w = m_rect.width();
    const qsizetype rowBytes = qsizetype(w) * 4;
    while (m_rawRow < m_rect.height() && rowBytes > 0) {
        const int rows = int(std::min<qsizetype>(available() / rowBytes, m_rect.height() - m_rawRow));
        if (rows == 0) {
            m_need = rowBytes;
            return Step::NeedMore;
        }
        const uchar *p = at();
        for (int i = 0; i < rows; ++i, p += rowBytes)
            row32(m_fb.data() + qsizetype(m_rect.y() + m_rawRow + i) * m_width + m_rect.x(), p, w);
        consume(rowBytes * rows);
        m_rawRow += rows;
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeCopyRect()
{
    if (lacks(4))
        return Step::NeedMore;
    const int sx = u16(at()), sy = u16(at(2));
    consume(4);
    if (sx + m_rect.width() > m_width || sy + m_rect.height() > m_height)
        return fail(tr("The VNC server asked to copy from outside the screen."));
    // rows in the order that never reads a row already overwritten
    const int w = m_rect.width(), h = m_rect.height();
    const bool down = m_rect.y() > sy;
    for (int i = 0; i < h; ++i) {
        const int r = down ? h - 1 - i : i;
        const quint32 *src = m_fb.constData() + qsizetype(sy + r) * m_width + sx;
        quint32 *dst = m_fb.data() + qsizetype(m_rect.y() + r) * m_width + m_rect.x();
        std::memmove(dst, src, size_t(w) * 4);
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeHextile()
{
    enum { TileRaw = 1, BackgroundSpecified = 2, ForegroundSpecified = 4, AnySubrects = 8, SubrectsColoured = 16 };
    const int tilesX = (m_rect.width() + 15) / 16, tilesY = (m_rect.height() + 15) / 16;
    while (m_hextileTile < tilesX * tilesY) {
        const int tx = m_rect.x() + (m_hextileTile % tilesX) * 16, ty = m_rect.y() + (m_hextileTile / tilesX) * 16;
        const int tw = std::min(16, m_rect.right() + 1 - tx), th = std::min(16, m_rect.bottom() + 1 - ty);
        if (lacks(1))
            return Step::NeedMore;
        const int mask = *at();
        if (mask & TileRaw) {
            const qsizetype need = 1 + qsizetype(tw) * th * 4;
            if (lacks(need))
                return Step::NeedMore;
            const uchar *p = at(1);
            for (int y = 0; y < th; ++y, p += qsizetype(tw) * 4)
                row32(m_fb.data() + qsizetype(ty + y) * m_width + tx, p, tw);
            consume(need);
            ++m_hextileTile;
            continue;
        }
        qsizetype need = 1 + ((mask & BackgroundSpecified) ? 4 : 0) + ((mask & ForegroundSpecified) ? 4 : 0);
        int subrects = 0;
        if (mask & AnySubrects) {
            if (lacks(need + 1))
                return Step::NeedMore;
            subrects = at(need)[0];
            need += 1 + qsizetype(subrects) * ((mask & SubrectsColoured) ? 6 : 2);
        }
        if (lacks(need))
            return Step::NeedMore;
        const uchar *p = at(1);
        if (mask & BackgroundSpecified) {
            m_hextileBg = pixel32(p);
            p += 4;
        }
        if (mask & ForegroundSpecified) {
            m_hextileFg = pixel32(p);
            p += 4;
        }
        if (mask & AnySubrects)
            ++p;
        fill(tx, ty, tw, th, m_hextileBg);
        for (int i = 0; i < subrects; ++i) {
            quint32 colour = m_hextileFg;
            if (mask & SubrectsColoured) {
                colour = pixel32(p);
                p += 4;
            }
            const int sx = p[0] >> 4, sy = p[0] & 15, sw = (p[1] >> 4) + 1, sh = (p[1] & 15) + 1;
            p += 2;
            if (sx + sw > tw || sy + sh > th)
                return fail(tr("The VNC server sent a malformed Hextile tile (a subrectangle outside its tile)."));
            fill(tx + sx, ty + sy, sw, sh, colour);
        }
        consume(need);
        ++m_hextileTile;
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeZrle()
{
    if (m_zrleLeft < 0) {
        if (lacks(4))
            return Step::NeedMore;
        const quint32 length = u32(at());
        if (length > quint32(Rfb::MaxZrleLength))
            return fail(tr("The VNC server sent a ZRLE rectangle of %1 bytes; Phoenix takes at most %2.")
                            .arg(length).arg(Rfb::MaxZrleLength));
        consume(4);
        if (!m_zlibReady) {
            *m_zlib = {};
            if (inflateInit(m_zlib.get()) != Z_OK)
                return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
            m_zlibReady = true;
        }
        // Upper bound of one rectangle's uncompressed data: every tile raw (1 + 3 bytes a pixel), or
        // plain RLE of one-pixel runs (4 bytes a pixel), plus slack for palettes.
        const int tilesX = (m_rect.width() + 63) / 64, tilesY = (m_rect.height() + 63) / 64;
        m_zrleCap = qsizetype(m_rect.width()) * m_rect.height() * 4 + qsizetype(tilesX) * tilesY * 64 + 64;
        // one buffer for the connection, grown but never shrunk (resize keeps the capacity)
        m_zbuf.resize(std::min<qsizetype>(m_zrleCap, std::max<qsizetype>(std::max<qsizetype>(qsizetype(length) * 4, 4096),
                                                                        m_zbuf.capacity())));
        m_zrleLeft = length;
        m_zrleProduced = 0;
    }
    // the compressed bytes as they arrive, inflated at once
    if (m_zrleLeft > 0) {
        const qsizetype take = std::min(available(), m_zrleLeft);
        if (take == 0) {
            m_need = 1;
            return Step::NeedMore;
        }
        if (!inflateChunk(at(), take, m_zrleCap))
            return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
        consume(take);
        m_zrleLeft -= take;
        if (m_zrleLeft > 0) {
            m_need = 1;
            return Step::NeedMore;
        }
    }
    if (!decodeZrleTiles(m_zrleProduced))
        return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
    m_zrleLeft = -1;
    finishRect();
    return Step::Done;
}

bool RfbClient::inflateChunk(const uchar *data, qsizetype size, qsizetype cap)
{
    z_stream *z = m_zlib.get();
    z->next_in = const_cast<Bytef *>(data);
    z->avail_in = uInt(size);
    for (;;) {
        if (m_zrleProduced == m_zbuf.size()) {
            if (m_zbuf.size() >= cap)
                return false;
            m_zbuf.resize(std::min<qsizetype>(cap, m_zbuf.size() * 2));
        }
        z->next_out = reinterpret_cast<Bytef *>(m_zbuf.data() + m_zrleProduced);
        z->avail_out = uInt(m_zbuf.size() - m_zrleProduced);
        const int rc = inflate(z, Z_SYNC_FLUSH);
        m_zrleProduced = m_zbuf.size() - z->avail_out;
        if (rc == Z_BUF_ERROR && z->avail_in == 0)
            return true; // everything consumed and flushed
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            return false;
        if (rc == Z_STREAM_END && z->avail_in > 0)
            return false;
        if (z->avail_in == 0 && z->avail_out > 0)
            return true;
    }
}

bool RfbClient::decodeZrleTiles(qsizetype produced)
{
    const auto *p = reinterpret_cast<const uchar *>(m_zbuf.constData());
    const uchar *end = p + produced;
    auto has = [&p, end](qsizetype n) { return end - p >= n; };
    quint32 palette[128];
    for (int ty = m_rect.y(); ty <= m_rect.bottom(); ty += 64) {
        const int th = std::min(64, m_rect.bottom() + 1 - ty);
        for (int tx = m_rect.x(); tx <= m_rect.right(); tx += 64) {
            const int tw = std::min(64, m_rect.right() + 1 - tx);
            quint32 *tile = m_fb.data() + qsizetype(ty) * m_width + tx;
            if (!has(1))
                return false;
            const int sub = *p++;
            if (sub == 0) { // raw cpixels
                const qsizetype rowBytes = qsizetype(tw) * 3;
                if (!has(rowBytes * th))
                    return false;
                for (int y = 0; y < th; ++y, p += rowBytes)
                    row24(tile + qsizetype(y) * m_width, p, tw, end - p > rowBytes);
            } else if (sub == 1) { // solid
                if (!has(3))
                    return false;
                fill(tx, ty, tw, th, cpixel(p));
                p += 3;
            } else if (sub <= 16) { // packed palette
                if (!has(qsizetype(sub) * 3))
                    return false;
                std::fill_n(palette, 16, 0u); // indexes past the palette read zero, then fail below
                for (int i = 0; i < sub; ++i, p += 3)
                    palette[i] = cpixel(p);
                const int bits = sub == 2 ? 1 : sub <= 4 ? 2 : 4;
                const int rowBytes = (tw * bits + 7) / 8;
                if (!has(qsizetype(rowBytes) * th))
                    return false;
                bool bad = false;
                for (int y = 0; y < th; ++y, p += rowBytes) {
                    quint32 *row = tile + qsizetype(y) * m_width;
                    if (bits == 1)
                        paletteRow<1>(row, p, tw, palette, sub, bad);
                    else if (bits == 2)
                        paletteRow<2>(row, p, tw, palette, sub, bad);
                    else
                        paletteRow<4>(row, p, tw, palette, sub, bad);
                }
                if (bad)
                    return false;
            } else if (sub == 128 || sub >= 130) { // plain RLE, palette RLE
                const int paletteSize = sub == 128 ? 0 : sub - 128;
                if (!has(qsizetype(paletteSize) * 3))
                    return false;
                for (int i = 0; i < paletteSize; ++i, p += 3)
                    palette[i] = cpixel(p);
                const qsizetype total = qsizetype(tw) * th;
                qsizetype done = 0;
                int x = 0, y = 0; // where `done` is in the tile
                while (done < total) {
                    quint32 colour;
                    qsizetype run = 1;
                    bool isRun = true;
                    if (paletteSize == 0) {
                        if (!has(3))
                            return false;
                        colour = cpixel(p);
                        p += 3;
                    } else {
                        if (!has(1))
                            return false;
                        const int index = *p & 127;
                        isRun = *p & 128;
                        ++p;
                        if (index >= paletteSize)
                            return false;
                        colour = palette[index];
                    }
                    if (isRun) {
                        for (;;) {
                            if (!has(1))
                                return false;
                            const int b = *p++;
                            run += b;
                            if (run > total - done)
                                return false;
                            if (b != 255)
                                break;
                        }
                    }
                    done += run;
                    // the run row by row, each part one 32-bit fill
                    while (run > 0) {
                        const int n = int(std::min<qsizetype>(run, tw - x));
                        std::fill_n(tile + qsizetype(y) * m_width + x, n, colour);
                        run -= n;
                        x += n;
                        if (x == tw)
                            x = 0, ++y;
                    }
                }
            } else {
                return false;
            }
        }
    }
    return p == end;
}

RfbClient::Step RfbClient::decodeCursor()
{
    const int w = m_rect.width(), h = m_rect.height();
    if (w > Rfb::MaxCursorDimension || h > Rfb::MaxCursorDimension)
        return fail(tr("The VNC server sent a cursor of %1×%2 pixels.").arg(w).arg(h));
    const qsizetype maskBytes = qsizetype((w + 7) / 8) * h;
    const qsizetype need = qsizetype(w) * h * 4 + maskBytes;
    if (lacks(need))
        return Step::NeedMore;
    RfbCursor cursor;
    cursor.size = QSize(w, h);
    cursor.hotSpot = QPoint(std::min(m_rect.x(), std::max(0, w - 1)), std::min(m_rect.y(), std::max(0, h - 1)));
    cursor.argb.resize(qsizetype(w) * h * 4);
    auto *dst = reinterpret_cast<quint32 *>(cursor.argb.data());
    const uchar *pixels = at();
    const uchar *mask = at(qsizetype(w) * h * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const bool opaque = mask[qsizetype(y) * ((w + 7) / 8) + x / 8] & (0x80 >> (x % 8));
            dst[qsizetype(y) * w + x] = opaque ? (pixel32(pixels + (qsizetype(y) * w + x) * 4) | 0xff000000u) : 0u;
        }
    consume(need);
    m_events.append({Event::CursorShape, {}, {}, {}, cursor});
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeDesktopSize()
{
    const int w = m_rect.width(), h = m_rect.height();
    if (w > Rfb::MaxDimension || h > Rfb::MaxDimension)
        return fail(tr("The remote screen is too large (%1×%2).").arg(w).arg(h));
    resize(w, h);
    m_damage.clear(); // earlier rectangles of this update belong to the old screen
    m_events.append({Event::Resized, QSize(w, h), {}, {}, {}});
    m_inRect = false;
    --m_rectsLeft;
    requestUpdate(false); // the new screen, whole
    return Step::Done;
}
