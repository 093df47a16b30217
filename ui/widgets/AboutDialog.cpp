#include "widgets/AboutDialog.h"

#include "widgets/AppResources.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kith {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    initAppResources();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Kith"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kith.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* name = new QLabel(tr("<h2>Kith</h2>"), this);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(KITH_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* description = new QLabel(
        tr("A personal network manager: keep your contacts, the moments you share and the reminders to stay in "
           "touch in one file on your own computer."),
        this);
    description->setWordWrap(true);
    auto* licence = new QLabel(tr("Licensed under the GNU General Public License, version 3 or later."), this);
    licence->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addWidget(licence);
    text->addStretch();

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace kith
