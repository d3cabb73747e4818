"""Names in a question and whether a text names them (assistant/names.py)."""

from assistant.names import abbreviation_mentioned, asked_names, name_found, names_it, probe, question_names


def test_initials_of_a_name():
    def found(probe: str) -> bool:  # the stukken's words, lower-cased as the answerer looks them up
        return probe.lower() in {"jbz", "dt&v", "venj"}

    assert abbreviation_mentioned("Justitie en Binnenlandse Zaken", found)
    assert abbreviation_mentioned("Dienst Terugkeer en Vertrek", found)  # «en» as «&»
    assert abbreviation_mentioned("Veiligheid en Justitie", found)  # «en» kept
    assert not abbreviation_mentioned("Raad van State", lambda probe: probe.lower() == "rs")  # two letters: by chance
    assert not abbreviation_mentioned("Justitie", found)


def test_a_body_in_initials_is_not_the_start_of_a_van_name():
    # «ACVZ van EURINT en ERIN» was looked up as one name, absent, and the question refused (dev20)
    assert question_names("Wat vindt de ACVZ van EURINT en ERIN?") == ["ACVZ", "EURINT en ERIN"]
    assert question_names("Wat vindt de Raad van State?") == ["Raad van State"]


def test_a_name_part_of_a_compound_may_be_an_abbreviation_the_stukken_write_out():
    def found(probe: str) -> bool:
        return probe.lower() in {"ontwikkelingssamenwerking", "jbz"}

    assert name_found("OS-budget", found)
    assert name_found("JBZ-conclusies", found)
    assert not name_found("Frontex-operatie", found)


def test_a_name_is_found_inflected_and_by_its_inhabitants():
    assert names_it("de keniaanse autoriteiten", "Kenia")
    assert names_it("de somalische overheid", "Somaliërs")  # inhabitants by their country's stem
    assert names_it("in marokko, afghanistan en irak", "Marokkanen")
    assert not names_it("in marokko, afghanistan en irak", "Somalië")
    # a phrase is found with each word inflected
    assert names_it("de ministeries van veiligheid en justitie", "Ministerie van Veiligheid")


def test_the_seat_of_government_is_found_where_the_country_is_named():
    # row 296 (dev46 yd033): «in Den Haag en Brussel» is «zowel in Nederland als in Brussel»
    text = "alle betrokken partijen, zowel in nederland als in brussel, actief meewerken"
    assert names_it(text, "Den Haag")
    assert names_it(text, "Den Haag en Brussel")
    assert not names_it("de regering in mogadishu", "Den Haag")


def test_probe():
    assert probe("Somalië") == "somal"  # «Somalische» shares the stem
    assert probe("Somaliërs") == "somali"
    assert probe("Raad van State") == "raad van state"


def test_names_side_by_side_are_each_found_and_a_region_by_its_countries():
    def found(prefix: str) -> bool:
        return prefix.lower() in {"justitie", "buitenlandse zaken", "somalië", "kenia"}

    assert name_found("Justitie en Buitenlandse Zaken", found)
    assert name_found("Afrika", found)  # a region: a country in it (thesaurus.py)
    assert not name_found("Justitie en Financiën", found)


def test_question_names_skip_the_first_word_and_genre_words():
    assert question_names("Welke landen noemt de brief?") == []
    assert question_names("Wat zeiden Van Klaveren en Bontes in de Kamervragen?") == ["Van Klaveren en Bontes"]


def test_a_member_of_a_party_is_named_by_the_party():
    # «PVV'er» was looked up as a name, absent, and «Welke PVV'er had gevraagd om de kabinetsreactie?» refused
    # although the letter names «uw lid Fritsma (PVV)» (dev28 zl001)
    assert question_names("Welke PVV'er had gevraagd om de kabinetsreactie?") == ["PVV"]
    assert question_names("Wat vinden de VVD’ers en de BSO's?") == ["VVD", "BSO"]
    assert question_names("Wat zei de heer O'Brien?") == ["O'Brien"]


def test_the_country_the_stukken_are_written_in_is_no_name_asked_about():
    # «… langs de Zijderoute Nederlandse steun?» read «Zijderoute Nederlandse» as one name, which the paragraph on the
    # Zijderoute does not hold whole, and the question was refused (dev34 zr015)
    assert asked_names("Met welk doel krijgen autoriteiten langs de Zijderoute Nederlandse steun?") == ["Zijderoute"]
    assert asked_names("Waardoor werken alle partijen in Nederland en Brussel mee?") == ["Brussel"]  # and its «en»
    assert asked_names("Wat doet Nederland in Kenia?") == ["Kenia"]
    assert asked_names("Wat vindt de Nederlandse regering?") == []
    # a name that only starts or ends with such a word elsewhere keeps the rest whole
    dtv = asked_names("Welke rol speelt de Nederlandse Dienst Terugkeer en Vertrek?")
    assert dtv == ["Dienst Terugkeer en Vertrek"]


def test_a_possessive_ends_a_name_and_an_adjective_in_ees_names_its_country():
    # row 298 (dev48 yf052): "the Commission's September action plan" was one name, absent, and refused
    assert question_names("What did the Commission's September 2015 action plan say?") == ["Commission", "September"]
    assert question_names("What is the ACVZ's view on Ghana?") == ["ACVZ", "Ghana"]
    # row 298 (dev48 yf032): «het Ghanese voorbeeld» is Ghana's (the probe «ghane» is not in «ghana»)
    assert probe("Ghanese") == "ghan"
    assert names_it("ervaringen met ghana, waarbij", "Ghanese")
    assert names_it("ervaringen met ghana, waarbij", "Ghanees")
    assert not names_it("ervaringen met ghana, waarbij", "Chinese")
