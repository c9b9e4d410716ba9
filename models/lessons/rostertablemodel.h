#pragma once

#include "models/lessons/rostercsv.h"

#include <QAbstractTableModel>

/** One line of a roster file as the preview shows it: what it says and what is wrong with it. */
struct RosterPreviewRow
{
    int line = 0;     // 1-based line of the file; 0 for a stored seat
    QString owner;
    QString seatText; // as written (a stored or assigned seat: its number)
    QString problem;  // translated; empty when the line is fine
};

/** A roster file read for the preview: every line, the import's verdict and the file's own problems. */
struct RosterPreview
{
    RosterImport import;          // seats when ok, else every problem
    QList<RosterPreviewRow> rows; // every data line of the file, in file order
    QStringList fileProblems;     // problems of the file as a whole (line 0, or the header)

    [[nodiscard]] int badRows() const;
    /** Reads `bytes` with RosterCsv (same rules as phoenixctl) and lays every line out. */
    static RosterPreview read(const QByteArray &bytes, const RosterCsv::Rules &rules);
};

/**
 * The roster editor's table: either the stored roster (seat, owner) or a file's preview (line,
 * owner, seat, problem), bad lines marked. Reset only when switching between the two.
 */
class RosterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        OwnerColumn,
        SeatColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ProblemRole
    };

    explicit RosterTableModel(QObject *parent = nullptr);

    void setSeats(const QList<RosterSeat> &seats);
    void setPreview(const RosterPreview &preview);
    [[nodiscard]] bool isPreview() const { return m_preview; }
    [[nodiscard]] const QList<RosterPreviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RosterPreviewRow> m_rows;
    bool m_preview = false;
};
