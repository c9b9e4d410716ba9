#pragma once

#include "models/lessons/lessontypes.h"

#include <QByteArray>
#include <QCoreApplication>

/** A roster file, read: every seat, or every problem (then nothing is to be imported). */
struct RosterImport
{
    struct Problem
    {
        int line = 0;    // 1-based line of the file; 0 = the file as a whole
        QString message; // translated
    };
    QString encoding; // "UTF-8" or "GBK", as detected
    QList<RosterSeat> seats;
    QList<Problem> problems;

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    [[nodiscard]] QString report() const; // "line 3: ...\nline 7: ..." translated
};

/**
 * Roster CSV files (header `owner,seat`), as schools export them from spreadsheets: UTF-8 (with or
 * without BOM) or GBK (what Excel writes on a Chinese Windows). Pure apart from the encoding
 * conversion (iconv on Unix, the Windows code page 936 on Windows).
 */
class RosterCsv
{
    Q_DECLARE_TR_FUNCTIONS(RosterCsv)

public:
    struct Rules
    {
        int capacity = 0;       // most seats; 0 = no limit
        int classroomSeats = 0; // highest seat number; 0 = no limit
        QString teacher;        // may not be on the roster
    };

    /**
     * Reads a whole file. The header must name the columns owner and seat (any order; 用户名/学号
     * and 座位 too). A row with an empty seat gets the next free seat after the numbered ones.
     * Every bad row is named with its line: empty or malformed owner, seat not a positive number,
     * a seat or owner twice, seat beyond the classroom, more students than the capacity.
     */
    static RosterImport parse(const QByteArray &bytes, const Rules &rules);
    static RosterImport parse(const QByteArray &bytes) { return parse(bytes, Rules()); }
    /** UTF-8 text of the roster, header first, sorted by seat. */
    static QString toCsv(const QList<RosterSeat> &seats);

    /** UTF-8 when the bytes are valid UTF-8 (BOM stripped), else GBK (GB 18030). *ok false when
     *  neither works. */
    static QString decode(const QByteArray &bytes, QString *encoding, bool *ok);
    static QByteArray encodeGbk(const QString &text); // for tests and exports to old systems
    static bool validOwner(const QString &owner, QString *why = nullptr);
};
