#include "storage/ReferenceRepository.h"

#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

using namespace trame;
using namespace trame::storage;

namespace {
ReferenceContent sampleContent(int seedVersion)
{
    ReferenceContent content;
    content.seedVersion = seedVersion;
    ReferenceCase c;
    c.number = 1;
    c.title = c.titleInGuide = "Gardienne d'immeuble";
    c.name = "Chabert";
    c.source = "Guide, cas 1";
    c.content.indicators = {{"Validation de l'immersion", "", "", std::nullopt, ""}};
    content.cases = {c};
    content.catalogue = {{CatalogueKind::Tool, "vae", "VAE", "Validation des acquis", {3, 5}, {}}};
    content.templates = {sampleTemplate()};
    return content;
}
} // namespace

TEST_CASE_METHOD(RepositoryFixture, "Reference content is replaced whole and read back equal", "[references]")
{
    ReferenceRepository repo(*db);
    CHECK(repo.seedVersion().value() == 0);
    const ReferenceContent content = sampleContent(1);
    REQUIRE(repo.replace(content).ok());
    CHECK(repo.load().value() == content);
    CHECK(repo.seedVersion().value() == 1);

    ReferenceContent newer = sampleContent(2);
    newer.cases[0].title = "Gardienne d'immeuble (corrigé)";
    newer.catalogue.clear();
    REQUIRE(repo.replace(newer).ok());
    const ReferenceContent stored = repo.load().value();
    CHECK(stored.cases[0].title == "Gardienne d'immeuble (corrigé)");
    CHECK(stored.catalogue.empty());
    CHECK(stored.seedVersion == 2);
}

TEST_CASE_METHOD(RepositoryFixture, "A stored template is never rewritten: interviews point to it", "[references]")
{
    ReferenceRepository repo(*db);
    REQUIRE(repo.replace(sampleContent(1)).ok());
    ReferenceContent changed = sampleContent(2);
    changed.templates[0].title = "Autre titre";
    REQUIRE(repo.replace(changed).ok());
    CHECK(repo.templates().value()[0].title == "Trame de suivi");
}
