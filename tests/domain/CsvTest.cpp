#include "domain/Csv.h"

#include <catch2/catch.hpp>

using trame::csvLine;

TEST_CASE("A CSV line quotes what must be, and never lets a spreadsheet run a cell", "[domain][csv]")
{
    CHECK(csvLine({"Benali", "Nadia", "12"}) == "Benali;Nadia;12\r\n");
    CHECK(csvLine({"Le Goff; Jean", "dit \"JP\"", "deux\nlignes"}) ==
          "\"Le Goff; Jean\";\"dit \"\"JP\"\"\";\"deux\nlignes\"\r\n");
    CHECK(csvLine({"=HYPERLINK(\"http://x\")", "+33 6", "-1", "@SUM(A1)"}) ==
          "\"'=HYPERLINK(\"\"http://x\"\")\";'+33 6;'-1;'@SUM(A1)\r\n");
    CHECK(csvLine({"", "Élodie"}) == ";Élodie\r\n");
}
