#pragma once

#include <QGroupBox>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * The Settings dialog's part for the teacher's tray and how Phoenix connects (issue 14): start the
 * tray at log-in (XDG autostart / Windows Run key), the default protocol, the intranet segments
 * and the desktop gateways.
 */
class TraySettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    TraySettingsBox(AppSettings &settings, QWidget *parent = nullptr);

    void load();
    /** Saves; false with a plain message (a gateway line that cannot be read, an autostart entry
     *  that cannot be written). */
    bool save(QString *error);
    void retranslate();

private:
    AppSettings &m_settings;
    QCheckBox *m_autostart;
    QComboBox *m_protocol;
    QLineEdit *m_intranet;
    QPlainTextEdit *m_gateways;
    QLabel *m_protocolLabel;
    QLabel *m_intranetLabel;
    QLabel *m_gatewaysLabel;
    QLabel *m_note;
};
