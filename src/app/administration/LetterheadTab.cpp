#include "administration/LetterheadTab.h"

#include "common/Conversions.h"
#include "common/InputDialogs.h"
#include "common/UserSession.h"
#include "services/Letterheads.h"
#include "ui_LetterheadTab.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace trame;

LetterheadTab::LetterheadTab(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LetterheadTab>()), m_context(context)
{
    m_ui->setupUi(this);
    for (QPlainTextEdit* edit : {m_ui->addressEdit, m_ui->bringEdit})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &LetterheadTab::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &LetterheadTab::save);
}

LetterheadTab::~LetterheadTab() = default;

void LetterheadTab::refresh()
{
    auto stored = services::letterhead(m_context.workspace);
    if (!stored) {
        emit failed(stored.error());
        return;
    }
    m_ui->nameEdit->setText(qs(stored->name));
    m_ui->addressEdit->setPlainText(qs(stored->address));
    m_ui->phoneEdit->setText(qs(stored->phone));
    m_ui->emailEdit->setText(qs(stored->email));
    m_ui->footerEdit->setText(qs(stored->footer));
    m_ui->bringEdit->setPlainText(qs(stored->bring));
    m_logo = stored->logo;
    showLogo();
}

Letterhead LetterheadTab::edited() const
{
    return {ss(m_ui->nameEdit->text().trimmed()),
            ss(m_ui->addressEdit->toPlainText().trimmed()),
            ss(m_ui->phoneEdit->text().trimmed()),
            ss(m_ui->emailEdit->text().trimmed()),
            ss(m_ui->footerEdit->text().trimmed()),
            ss(m_ui->bringEdit->toPlainText().trimmed()),
            m_logo};
}

bool LetterheadTab::chooseLogo()
{
    const auto file = InputDialogs::openFileName(this, tr("Choose a logo"), tr("Images (*.png *.svg)"));
    if (!file)
        return false;
    QFile image(*file);
    if (!image.open(QIODevice::ReadOnly)) {
        emit failed(makeError(ErrorKind::Io, ss(*file), ss(image.errorString())));
        return false;
    }
    // One byte more than allowed is enough to know it is too large.
    const std::string bytes = image.read(static_cast<qint64>(kMaxLogoBytes) + 1).toStdString();
    Letterhead probe;
    probe.logo = bytes;
    if (Status valid = validate(probe); !valid) {
        emit failed(valid.error());
        return false;
    }
    m_logo = bytes;
    showLogo();
    return true;
}

bool LetterheadTab::save()
{
    if (Status stored = services::setLetterhead(m_context.workspace, m_context.session.caseFiles.clock(),
                                                m_context.session.actor, edited());
        !stored) {
        emit failed(stored.error());
        return false;
    }
    emit done(tr("The letterhead was saved: every document printed from now on bears it."));
    return true;
}

void LetterheadTab::showLogo()
{
    const int height = fontMetrics().height() * 3;
    const QByteArray bytes = QByteArray::fromStdString(m_logo);
    QPixmap shown;
    if (logoFormat(m_logo) == LogoFormat::Svg) {
        QSvgRenderer svg(bytes);
        if (svg.isValid()) {
            QSize size = svg.defaultSize().scaled(height * 4, height, Qt::KeepAspectRatio);
            shown = QPixmap(size);
            shown.fill(Qt::transparent);
            QPainter painter(&shown);
            svg.render(&painter);
        }
    } else if (shown.loadFromData(bytes)) {
        shown = shown.scaledToHeight(height, Qt::SmoothTransformation);
    }
    m_ui->logoPreview->setPixmap(shown);
    m_ui->logoPreview->setText(shown.isNull() ? tr("(none)") : QString());
    m_ui->removeLogoButton->setEnabled(!m_logo.empty());
}
