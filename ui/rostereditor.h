#pragma once

#include "models/lessons/rostertablemodel.h"

#include <QDialog>

class LessonBook;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

/**
 * A course's roster: the stored seats, and a CSV import with a preview. Choosing a file (UTF-8 or
 * GBK, header owner,seat) shows every line with its check; every bad line is listed with its
 * number and reason, and Save stays off until the file has none — then the whole roster is
 * replaced in one transaction (all or nothing). Export writes the roster as CSV.
 */
class RosterEditor : public QDialog
{
    Q_OBJECT

public:
    RosterEditor(LessonBook *book, const QString &course, QWidget *parent = nullptr);

    /** Reads a roster file into the preview (nothing is saved). False when it cannot be read. */
    bool previewFile(const QString &path);
    void previewBytes(const QByteArray &bytes, const QString &source);
    /** Replaces the roster with the previewed one (only when it has no problem). */
    void saveImport();
    /** Writes the stored roster to `path` as UTF-8 CSV. */
    bool exportTo(const QString &path);

    [[nodiscard]] RosterTableModel *model() const { return m_model; }
    [[nodiscard]] const RosterPreview &preview() const { return m_preview; }
    [[nodiscard]] QListWidget *problemList() const { return m_problems; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void saved(int students);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void chooseExport();
    void showStored();
    void setStatus(const QString &text, bool error);
    [[nodiscard]] RosterCsv::Rules rules() const;

    LessonBook *m_book;
    QString m_course;
    RosterTableModel *m_model;
    RosterPreview m_preview;
    bool m_hasPreview = false;
    QTableView *m_table;
    QListWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_import;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_export;
    QPushButton *m_close;
};
