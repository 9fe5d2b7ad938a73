#include "beneficiaries/NewBeneficiaryDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/FieldError.h"
#include "common/Labels.h"
#include "common/Tones.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "ui_NewBeneficiaryDialog.h"

#include <QPushButton>

using namespace trame;

NewBeneficiaryDialog::NewBeneficiaryDialog(services::CaseFiles& service, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewBeneficiaryDialog>()), m_service(service)
{
    m_ui->setupUi(this);
    for (Civility civility : allEnumerators<Civility>())
        m_ui->civilityCombo->addItem(Labels::of(civility), qs(std::string(toString(civility))));
    m_ui->civilityCombo->setCurrentIndex(m_ui->civilityCombo->count() - 1);
    const QDate today = toQDate(service.clock().today());
    m_ui->birthDateEdit->setToday(today);
    m_ui->consentDateEdit->setToday(today);
    m_ui->consentDateEdit->setDate(today);
    m_ui->basisEdit->setText(tr("public-interest task"));
    // The file is assigned to whoever creates it; a supervisor may reassign it later.
    m_ui->counsellorEdit->setText(qs(service.actor().displayName()));
    m_ui->counsellorEdit->setReadOnly(true);
    for (QLabel* error :
         {m_ui->firstNameError, m_ui->lastNameError, m_ui->phoneError, m_ui->emailError, m_ui->generalError}) {
        Tones::mark(error, "alert");
        error->hide();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->programmeLabel), static_cast<QWidget*>(m_ui->programmeCombo),
                       static_cast<QWidget*>(m_ui->prescriberLabel), static_cast<QWidget*>(m_ui->prescriberEdit)})
        w->hide();
    // Civility is rarely changed: typing starts with the first name.
    m_ui->firstNameEdit->setFocus();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
}

NewBeneficiaryDialog::~NewBeneficiaryDialog() = default;

Beneficiary NewBeneficiaryDialog::beneficiary() const
{
    Beneficiary b;
    b.civility = parseEnum<Civility>(ss(m_ui->civilityCombo->currentData().toString())).value_or(Civility::Unspecified);
    b.firstName = ss(m_ui->firstNameEdit->text().trimmed());
    b.lastName = ss(m_ui->lastNameEdit->text().trimmed());
    b.birthDate = toDate(m_ui->birthDateEdit->date());
    b.phone = ss(m_ui->phoneEdit->text().trimmed());
    b.email = ss(m_ui->emailEdit->text().trimmed());
    b.consent.date = toDate(m_ui->consentDateEdit->date());
    b.consent.legalBasis = ss(m_ui->basisEdit->text().trimmed());
    return b;
}

void NewBeneficiaryDialog::offerProgrammes(const std::vector<Programme>& programmes)
{
    m_ui->programmeCombo->clear();
    for (const Programme& p : programmes)
        if (p.active)
            m_ui->programmeCombo->addItem(qs(p.label), qs(p.code));
    const bool offered = m_ui->programmeCombo->count() > 0;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->programmeLabel), static_cast<QWidget*>(m_ui->programmeCombo),
                       static_cast<QWidget*>(m_ui->prescriberLabel), static_cast<QWidget*>(m_ui->prescriberEdit)})
        w->setVisible(offered);
    // « Autre » until the counsellor says which: the last of the seeded list.
    const int other = m_ui->programmeCombo->findData(QStringLiteral("autre"));
    m_ui->programmeCombo->setCurrentIndex(other >= 0 ? other : 0);
}

std::optional<SupportPeriod> NewBeneficiaryDialog::entry() const
{
    if (m_ui->programmeCombo->count() == 0)
        return std::nullopt;
    SupportPeriod period;
    period.entryDate = m_service.clock().today();
    period.programme = ss(m_ui->programmeCombo->currentData().toString());
    period.prescriberOrganisation = ss(m_ui->prescriberEdit->text().trimmed());
    return period;
}

bool NewBeneficiaryDialog::submit()
{
    clearErrors();
    // A date still being typed is not taken for another one, nor for none.
    for (auto [field, label] :
         {std::pair{m_ui->birthDateEdit, m_ui->birthDateLabel}, std::pair{m_ui->consentDateEdit, m_ui->consentLabel}}) {
        if (!field->isAcceptable()) {
            const QString name = label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
            FieldError::show(m_ui->generalError, tr("%1: not a date yet, type it as 15/03/1981.").arg(name), field);
            return false;
        }
    }
    const auto id = m_service.create(beneficiary(), entry());
    if (!id) {
        showError(id.error());
        return false;
    }
    m_createdId = *id;
    return true;
}

void NewBeneficiaryDialog::clearErrors()
{
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_ui->firstNameError, m_ui->firstNameEdit},
                                {m_ui->lastNameError, m_ui->lastNameEdit},
                                {m_ui->phoneError, m_ui->phoneEdit},
                                {m_ui->emailError, m_ui->emailEdit},
                                {m_ui->generalError, m_ui->birthDateEdit},
                                {m_ui->generalError, m_ui->consentDateEdit}})
        FieldError::clear(label, field);
}

void NewBeneficiaryDialog::showError(const Error& error)
{
    // The domain names the field; the message is shown under it, in the interface's language.
    struct Field {
        const char* path;
        QLabel* label;
        QWidget* input;
    };
    const Field fields[] = {{"first_name", m_ui->firstNameError, m_ui->firstNameEdit},
                            {"last_name", m_ui->lastNameError, m_ui->lastNameEdit},
                            {"phone", m_ui->phoneError, m_ui->phoneEdit},
                            {"email", m_ui->emailError, m_ui->emailEdit}};
    for (const Field& field : fields) {
        if (error.path == field.path) {
            QString message;
            if (error.message == "is required")
                message = tr("Required.");
            else if (field.path == std::string("email"))
                message = tr("This is not an e-mail address.");
            else if (field.path == std::string("phone"))
                message = tr("Only digits, spaces and + . - ( ) are allowed.");
            else
                message = tr("Too long or not valid text.");
            FieldError::show(field.label, message, field.input);
            return;
        }
    }
    ErrorText::show(m_ui->generalError, error, tr("Cannot create the beneficiary:") + QLatin1Char(' '));
    m_ui->generalError->show();
}
