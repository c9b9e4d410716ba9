#pragma once

#include <QList>
#include <QString>

class QKeyEvent;

/**
 * Qt keys → X11 keysyms for the console (what RFB's KeyEvent carries). A table for the keys
 * that are not text (editing, function, modifiers, keypad, dead keys); text keys go by the
 * character they produce, so the user's own layout (English, Chinese pinyin, German …) decides
 * — Latin-1 characters are their own keysym, others 0x01000000 + the Unicode code point.
 */
namespace ConsoleKeys
{
/** The keysym for a Qt key code (Qt::Key) that is not text; 0 when the table has none. */
quint32 keysymForKey(int qtKey, bool keypad = false);
/** The keysym for one character of text. */
quint32 keysymForChar(char32_t c);
/** The keysym a key event stands for (table first, then its text); 0 when none. */
quint32 keysymFor(const QKeyEvent *event);

/** A named key combination of the "Send keys" menu. */
struct Combination
{
    const char *name; // untranslated, e.g. "Ctrl+Alt+Del"
    QList<quint32> keysyms;
};
QList<Combination> combinations();
} // namespace ConsoleKeys
