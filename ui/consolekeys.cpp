#include "ui/consolekeys.h"

#include "cloud/rfbclient.h"

#include <QKeyEvent>

#include <array>

namespace
{
struct KeyRow
{
    int qt;
    quint32 keysym;
};

// X11 keysyms from <X11/keysymdef.h> (values only; the header is not needed).
constexpr std::array<KeyRow, 74> Keys{{
    {Qt::Key_Backspace, 0xff08}, {Qt::Key_Tab, 0xff09}, {Qt::Key_Backtab, 0xff09}, {Qt::Key_Return, 0xff0d},
    {Qt::Key_Enter, 0xff8d}, {Qt::Key_Escape, 0xff1b}, {Qt::Key_Delete, 0xffff}, {Qt::Key_Insert, 0xff63},
    {Qt::Key_Home, 0xff50}, {Qt::Key_End, 0xff57}, {Qt::Key_Left, 0xff51}, {Qt::Key_Up, 0xff52},
    {Qt::Key_Right, 0xff53}, {Qt::Key_Down, 0xff54}, {Qt::Key_PageUp, 0xff55}, {Qt::Key_PageDown, 0xff56},
    {Qt::Key_Pause, 0xff13}, {Qt::Key_ScrollLock, 0xff14}, {Qt::Key_SysReq, 0xff15}, {Qt::Key_Print, 0xff61},
    {Qt::Key_Menu, 0xff67}, {Qt::Key_NumLock, 0xff7f}, {Qt::Key_CapsLock, 0xffe5},
    {Qt::Key_Shift, 0xffe1}, {Qt::Key_Control, 0xffe3}, {Qt::Key_Meta, 0xffe7}, {Qt::Key_Alt, 0xffe9},
    {Qt::Key_AltGr, 0xfe03}, {Qt::Key_Super_L, 0xffeb}, {Qt::Key_Super_R, 0xffec},
    {Qt::Key_F1, 0xffbe}, {Qt::Key_F2, 0xffbf}, {Qt::Key_F3, 0xffc0}, {Qt::Key_F4, 0xffc1}, {Qt::Key_F5, 0xffc2},
    {Qt::Key_F6, 0xffc3}, {Qt::Key_F7, 0xffc4}, {Qt::Key_F8, 0xffc5}, {Qt::Key_F9, 0xffc6}, {Qt::Key_F10, 0xffc7},
    {Qt::Key_F11, 0xffc8}, {Qt::Key_F12, 0xffc9},
    // dead keys (compose on the remote side)
    {Qt::Key_Dead_Grave, 0xfe50}, {Qt::Key_Dead_Acute, 0xfe51}, {Qt::Key_Dead_Circumflex, 0xfe52},
    {Qt::Key_Dead_Tilde, 0xfe53}, {Qt::Key_Dead_Macron, 0xfe54}, {Qt::Key_Dead_Breve, 0xfe55},
    {Qt::Key_Dead_Abovedot, 0xfe56}, {Qt::Key_Dead_Diaeresis, 0xfe57}, {Qt::Key_Dead_Abovering, 0xfe58},
    {Qt::Key_Dead_Doubleacute, 0xfe59}, {Qt::Key_Dead_Caron, 0xfe5a}, {Qt::Key_Dead_Cedilla, 0xfe5b},
    {Qt::Key_Dead_Ogonek, 0xfe5c},
    // Chinese/Japanese/Korean input keys
    {Qt::Key_Henkan, 0xff23}, {Qt::Key_Muhenkan, 0xff22}, {Qt::Key_Hangul, 0xff31},
    {Qt::Key_Zenkaku_Hankaku, 0xff2a}, {Qt::Key_Kana_Lock, 0xff2d}, {Qt::Key_Eisu_toggle, 0xff30},
    {Qt::Key_Hiragana_Katakana, 0xff27}, {Qt::Key_Mode_switch, 0xff7e}, {Qt::Key_Multi_key, 0xff20},
    {Qt::Key_Codeinput, 0xff37}, {Qt::Key_SingleCandidate, 0xff3c}, {Qt::Key_MultipleCandidate, 0xff3d},
    {Qt::Key_PreviousCandidate, 0xff3e}, {Qt::Key_Kanji, 0xff21}, {Qt::Key_Hangul_Hanja, 0xff34},
    {Qt::Key_Romaji, 0xff24}, {Qt::Key_Hiragana, 0xff25}, {Qt::Key_Katakana, 0xff26},
    {Qt::Key_Zenkaku, 0xff28},
}};

// keypad: the same keys with Qt::KeypadModifier
constexpr std::array<KeyRow, 20> KeypadKeys{{
    {Qt::Key_0, 0xffb0}, {Qt::Key_1, 0xffb1}, {Qt::Key_2, 0xffb2}, {Qt::Key_3, 0xffb3}, {Qt::Key_4, 0xffb4},
    {Qt::Key_5, 0xffb5}, {Qt::Key_6, 0xffb6}, {Qt::Key_7, 0xffb7}, {Qt::Key_8, 0xffb8}, {Qt::Key_9, 0xffb9},
    {Qt::Key_Asterisk, 0xffaa}, {Qt::Key_Plus, 0xffab}, {Qt::Key_Minus, 0xffad}, {Qt::Key_Period, 0xffae},
    {Qt::Key_Slash, 0xffaf}, {Qt::Key_Enter, 0xff8d}, {Qt::Key_Comma, 0xffac}, {Qt::Key_Equal, 0xffbd},
    {Qt::Key_Home, 0xff95}, {Qt::Key_End, 0xff9c},
}};
} // namespace

quint32 ConsoleKeys::keysymForKey(int qtKey, bool keypad)
{
    if (keypad)
        for (const KeyRow &r : KeypadKeys)
            if (r.qt == qtKey)
                return r.keysym;
    for (const KeyRow &r : Keys)
        if (r.qt == qtKey)
            return r.keysym;
    return 0;
}

quint32 ConsoleKeys::keysymForChar(char32_t c)
{
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff))
        return quint32(c);
    if (c == '\n' || c == '\r')
        return Rfb::Key::Return;
    if (c == '\t')
        return Rfb::Key::Tab;
    if (c < 0x20 || c == 0x7f || c > 0x10ffff)
        return 0;
    return 0x01000000u | quint32(c);
}

quint32 ConsoleKeys::keysymFor(const QKeyEvent *event)
{
    const bool keypad = event->modifiers() & Qt::KeypadModifier;
    if (const quint32 k = keysymForKey(event->key(), keypad))
        return k;
    // Letters with Ctrl held give control characters as text: use the key instead (Ctrl+C → 'c').
    const int key = event->key();
    if (key >= Qt::Key_A && key <= Qt::Key_Z && (event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))) {
        const bool shift = event->modifiers() & Qt::ShiftModifier;
        return quint32((shift ? 'A' : 'a') + (key - Qt::Key_A));
    }
    const QString text = event->text();
    if (!text.isEmpty()) {
        const QList<uint> ucs4 = text.toUcs4();
        if (ucs4.size() == 1)
            if (const quint32 k = keysymForChar(char32_t(ucs4.first())))
                return k;
    }
    if (key >= 0x20 && key <= 0xff) // no text (e.g. Alt held): the key's Latin-1 code, lower case
        return quint32(QChar(key).toLower().unicode());
    return 0;
}

QList<ConsoleKeys::Combination> ConsoleKeys::combinations()
{
    using namespace Rfb::Key;
    return {
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Alt+Del"), {ControlL, AltL, Delete}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Alt+Backspace"), {ControlL, AltL, BackSpace}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Shift+Esc"), {ControlL, ShiftL, Escape}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Alt+Tab"), {AltL, Tab}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Alt+F4"), {AltL, F1 + 3}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Super (Windows key)"), {SuperL}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Print Screen"), {Print}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Alt+F1"), {ControlL, AltL, F1}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Alt+F2"), {ControlL, AltL, F1 + 1}},
        {QT_TRANSLATE_NOOP("ConsoleWindow", "Ctrl+Alt+F7"), {ControlL, AltL, F1 + 6}},
    };
}
