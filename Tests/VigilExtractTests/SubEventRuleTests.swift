import Testing
import VigilExtract
import VigilModel

/// Sub-event rules that separate close types (attack or clash, the demonstration ladder, mob violence).
@Suite struct SubEventRuleTests {
    @Test func namedGroupWithGenericWordIsOneActor() {
        // "Taliban fighters" is one group, not the Taliban and an unidentified armed group fighting.
        let e = events("On 10 March 2024, a school teacher was shot dead by al-Shabaab militants near Afgoye, Somalia.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor1 == "Al Shabaab")
        #expect(e.first?.actor2.hasPrefix("Unidentified Armed Group") == false)
    }

    /// ACLED's codebook counts road-blocking with barricades as a violent demonstration; soldiers who barricade
    /// themselves in do not block a road.
    @Test func barricadingARoadIsAViolentDemonstration() {
        let road = events("On 10 March 2024, residents barricaded the main road in Thika to protest against a new toll.")
        #expect(road.first?.subEventType == .violentDemonstration)
        let inside = events("On 10 March 2024, workers barricaded themselves inside a factory in Thika to protest unpaid wages.")
        #expect(inside.first?.subEventType != .violentDemonstration)
    }

    /// South Asian reports call a gunfight between forces and rebels an "encounter"; ACLED codes it as a clash.
    @Test func encounterBetweenForcesAndRebelsIsAClash() {
        let e = events("On 10 March 2024, two Maoists were killed in an encounter with security forces in Bijapur district.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, an encounter between the army and militants was reported in Kupwara district.")
        #expect(f.first?.subEventType == .armedClash)
    }

    /// Police who kill during a confrontation, or fight drug traffickers, clash with an armed group.
    @Test func policeConfrontationIsAClash() {
        let e = events("On 10 March 2024, police killed a man during a confrontation in Nairobi.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, police clashed with drug traffickers in Nairobi; two traffickers were killed.")
        #expect(f.first?.subEventType == .armedClash)
        #expect(f.first?.actor2.hasPrefix("Unidentified Armed Group") == true)
    }

    /// An armed group handing out aid changes its activity; an aid agency doing so is no event.
    @Test func armedGroupHandingOutAidChangesItsActivity() {
        let e = events("On 10 March 2024, Al Shabaab militants distributed food packages to residents near Kismayo.")
        #expect(e.first?.subEventType == .changeToGroupActivity)
        let f = events("On 10 March 2024, the World Food Programme distributed food packages to displaced families in Kismayo.")
        #expect(f.isEmpty)
    }

    @Test func abducteeKilledIsAnAttack() {
        let e = events("On 10 March 2024, gunmen abducted and killed a village chief near Kidal, Mali.")
        #expect(e.first?.subEventType == .attack)
    }

    @Test func abductionThatKillsIsAnAttack() {
        let e = events("On 10 March 2024, bandits kidnapped five people and killed one of them near Gusau, Nigeria.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, militants abducted a village chief near Djibo, Burkina Faso, and later killed him.")
        #expect(f.first?.subEventType == .attack)
        #expect(f.first?.fatalities == 1)
        let g = events("On 10 March 2024, bandits kidnapped five people near Gusau, Nigeria.")
        #expect(g.first?.subEventType == .abductionForcedDisappearance)
        #expect(g.first?.fatalities == 0)
    }

    @Test func suspectedKidnappersKilledByPoliceAreNoAbduction() {
        let e = events("On 10 March 2024, police killed three suspected kidnappers in a gun battle near Gusau, Nigeria.")
        #expect(e.first?.subEventType != .abductionForcedDisappearance)
    }

    @Test func unknownWhereaboutsAreADisappearance() {
        let e = events("On 10 March 2024, an activist was detained by men in plain clothes in Turbat, Pakistan; his whereabouts remain unknown.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        let f = events("On 10 March 2024, police arrested an activist in Turbat, Pakistan, and charged him with sedition.")
        #expect(f.first?.subEventType == .arrests)
    }

    @Test func kidnappingStillAnAbduction() {
        let e = events("On 10 March 2024, gunmen kidnapped two farmers near Gusau, Nigeria.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
    }

    @Test func demonstratorsHurlingRocksAreViolent() {
        let e = events("On 10 March 2024, hundreds of youths protested in Kisumu, Kenya; some hurled rocks at police officers.")
        #expect(e.first?.subEventType == .violentDemonstration)
        let f = events("On 10 March 2024, demonstrators in Nairobi were throwing stones at riot police during a march against taxes.")
        #expect(f.first?.subEventType == .violentDemonstration)
    }

    @Test func demonstratorsWhoAttackAreViolent() {
        let e = events("On 10 March 2024, a crowd of protesters attacked and beat a police officer in Bamako, Mali.")
        #expect(e.first?.subEventType == .violentDemonstration)
        let f = events("On 10 March 2024, protesters stormed the district office in Sirajganj, Bangladesh, demanding the release of their leader.")
        #expect(f.first?.subEventType == .violentDemonstration)
    }

    @Test func fireReturnedIsAClash() {
        // Mortar fire that the other side answers is fighting between the two, not a one-sided shelling.
        let e = events("On 10 March 2024, Armenian forces fired mortars at Azerbaijani positions near Tovuz, Azerbaijan, and Azerbaijani forces returned fire.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, gunmen attacked a police patrol near Gusau, Nigeria; the officers returned fire, killing two attackers.")
        #expect(f.first?.subEventType == .armedClash)
        #expect(f.first?.actor1.hasPrefix("Unidentified Armed Group") == true)
    }

    @Test func mortarsWithSmallArmsAreAClash() {
        // Small arms fired with the mortars: the two sides are within range of each other.
        let e = events("On 10 March 2024, NAF forces shelled Ukrainian positions near Pisky, Donetsk region, with 120mm mortars, grenade launchers and small arms.")
        #expect(e.first?.subEventType == .armedClash)
        let g = events("On 10 March 2024, Armenian forces shelled Azerbaijani positions near Tovuz, Azerbaijan, with mortars and small arms.")
        #expect(g.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, NAF forces fired 82mm mortars at Ukrainian positions near Pisky, Donetsk region.")
        #expect(f.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func explosiveThatOpensAFightIsAClash() {
        let e = events("On 10 March 2024, militants detonated an IED against a military patrol near Kidal, Mali, and the soldiers fought back.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, JNIM militants clashed with soldiers near Kidal, Mali, and detonated an IED under an armoured vehicle.")
        #expect(f.first?.subEventType == .armedClash)
        let g = events("On 10 March 2024, a military vehicle struck an IED near Kidal, Mali, killing two soldiers.")
        #expect(g.first?.subEventType == .remoteExplosiveLandmineIED)
    }

    @Test func acledPrefixNamesTheStrategicDevelopment() {
        let e = events("Other: On 10 March 2024, the armed group released four hostages it had held since January near Kidal, Mali, under a ceasefire agreement.")
        #expect(e.first?.subEventType == .other)
        let f = events("Agreement: On 10 March 2024, 30 IS militants surrendered to Afghan forces in Chawkay district, Kunar, Afghanistan.")
        #expect(f.first?.subEventType == .agreement)
        let g = events("On 10 March 2024, the two sides signed a ceasefire agreement in Juba, South Sudan.")
        #expect(g.first?.subEventType == .agreement)
    }

    @Test func grenadeLaunchersWithoutSmallArmsAreAShelling() {
        // ACLED codes grenade launchers with the heavy weapons: fired with machine guns, they still shell.
        let e = events("On 10 March 2024, NAF forces fired at Ukrainian positions near Pisky, Donetsk region, with grenade launchers and heavy machine guns.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
        let f = events("On 10 March 2024, NAF forces fired at Ukrainian positions near Pisky, Donetsk region, with grenade launchers and small arms.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func grenadeDroppedFromADroneIsADroneStrike() {
        let e = events("On 10 March 2024, NAF forces used a UAV to drop a grenade on Ukrainian positions near Zolote, Luhansk region.")
        #expect(e.first?.subEventType == .airDroneStrike)
        let f = events("On 10 March 2024, a man threw a grenade at a police post in Zolote, Luhansk region.")
        #expect(f.first?.subEventType == .grenade)
    }

    @Test func fireFromWarshipsIsAShelling() {
        let e = events("On 10 March 2024, Israeli warships targeted the coast of Gaza City, Palestine. Casualties unknown.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func attackerKilledByHisOwnExplosivesIsASuicideBombing() {
        let e = events("On 10 March 2024, an attacker drove a vehicle laden with explosives into a checkpoint near Beledweyne, Somalia, killing himself and four soldiers.")
        #expect(e.first?.subEventType == .suicideBomb)
        let f = events("On 10 March 2024, a car bomb exploded at a checkpoint near Beledweyne, Somalia, killing four soldiers.")
        #expect(f.first?.subEventType == .remoteExplosiveLandmineIED)
    }

    @Test func territoryTakenByDislodgingOrOverrunning() {
        let e = events("On 10 March 2024, Nigerian troops dislodged Boko Haram fighters from Marte, Borno, after a two-day battle.")
        #expect(e.first?.subEventType == .governmentRegainsTerritory)
        let f = events("On 10 March 2024, ISWAP fighters seized the town of Marte, Borno, Nigeria, after overrunning an army base.")
        #expect(f.first?.subEventType == .nonStateActorOvertakesTerritory)
    }

    @Test func munitionsReleasingPoisonGasAreChemicalWeapons() {
        let e = events("On 10 March 2024, soldiers said grenades filled with an irritant gas were thrown into their trenches near Avdiivka, Ukraine.")
        #expect(e.first?.subEventType == .chemicalWeapon)
        let f = events("On 10 March 2024, soldiers threw grenades into a trench near Avdiivka, Ukraine, wounding two.")
        #expect(f.first?.subEventType != .chemicalWeapon)
    }

    @Test func oneSidedShellingStaysShelling() {
        let e = events("On 10 March 2024, NAF forces shelled Ukrainian positions near Pisky, Donetsk region, with 120mm mortars.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func crowdAttackingPoliceWithoutADemonstrationIsAMob() {
        let e = events("On 10 March 2024, a group of youths torched a police post in Kisumu, Kenya.")
        #expect(e.first?.subEventType == .mobViolence)
        let f = events("On 10 March 2024, angry protesters torched a police post in Kisumu, Kenya, during a demonstration over a killing.")
        #expect(f.first?.subEventType == .violentDemonstration)
    }

    @Test func attackedDemonstrationIsNoPeacefulProtest() {
        // ACLED: lethal force against a demonstration, whoever uses it, is excessive force; a crowd attacking one is a mob.
        let e = events("On 10 March 2024, unidentified gunmen attacked protesters in Cali, Colombia, killing two of them.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
        let f = events("On 10 March 2024, protesters were attacked by police with batons in Cali, Colombia.")
        #expect(f.first?.subEventType == .protestWithIntervention)
        let g = events("On 10 March 2024, a mob attacked protesters marching against price rises in Kisumu, Kenya.")
        #expect(g.first?.subEventType == .mobViolence)
        let h = events("On 10 March 2024, hundreds of nurses protested in Kisumu, Kenya, against unpaid salaries.")
        #expect(h.first?.subEventType == .peacefulProtest)
    }

    @Test func violenceADemonstrationProtestsAgainstIsItsCause() {
        let e = events("On 10 March 2024, students staged a protest in Dhaka, Bangladesh, against the rape of a schoolgirl.")
        #expect(e.first?.subEventType == .peacefulProtest)
        let f = events("On 10 March 2024, traders protested in Goma, DRC, over the looting of their shops by soldiers.")
        #expect(f.first?.subEventType == .peacefulProtest)
        let g = events("On 10 March 2024, women held a human chain in Rangpur, Bangladesh, demanding justice for a girl who was raped.")
        #expect(g.first?.subEventType == .peacefulProtest)
        let j = events("On 10 March 2024, students protested in Savar, Bangladesh, with demands including punishment for a teacher who raped a student.")
        #expect(j.first?.subEventType == .peacefulProtest)
        // Violence after the demonstration's own clause is the event.
        let h = events("On 10 March 2024, soldiers raped two women in a village near Minova, DRC.")
        #expect(h.first?.subEventType == .sexualViolence)
        let i = events("On 10 March 2024, protesters rallied against the government in Goma, DRC, and clashed with the police.")
        #expect(i.first?.subEventType == .violentDemonstration)
    }

    @Test func potBangingAndLathiChargesNameTheDemonstrationAndItsIntervention() {
        let e = events("On 10 March 2024, residents of Santiago, Chile, held a cacerolazo against the government from their windows.")
        #expect(e.first?.subEventType == .peacefulProtest)
        let f = events("On 10 March 2024, migrant workers protested in Surat, India, demanding to go home; police lathi-charged the crowd.")
        #expect(f.first?.subEventType == .protestWithIntervention)
    }

    @Test func partySupportersWhoFightAreAMob() {
        let e = events("On 10 March 2024, supporters of the Awami League and the BNP clashed in Feni, Bangladesh, leaving 15 people injured.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1.hasPrefix("Rioters") == true)
        let f = events("On 10 March 2024, opposition supporters marched peacefully through Feni, Bangladesh, to demand new elections.")
        #expect(f.first?.subEventType == .peacefulProtest)
    }

    @Test func twoGroupsFightingOverLandAreAMob() {
        let e = events("On 10 March 2024, a man was killed in a clash between two groups of villagers over a land dispute in Jaintiapur, Bangladesh.")
        #expect(e.first?.subEventType == .mobViolence)
        let f = events("On 10 March 2024, two armed groups clashed over a gold mine near Jaintiapur, Bangladesh.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func demonstrationStoppedByPoliceIsAnIntervention() {
        let e = events("On 10 March 2024, opposition supporters tried to march to parliament in Tbilisi, Georgia, but police blocked the march.")
        #expect(e.first?.subEventType == .protestWithIntervention)
        let f = events("On 10 March 2024, teachers marched peacefully through Harare, Zimbabwe, to demand higher pay.")
        #expect(f.first?.subEventType == .peacefulProtest)
    }

    @Test func bodiesWithSignsOfViolenceAreAnAttack() {
        let e = events("On 10 March 2024, the bodies of three men were found with signs of torture in a vacant lot in Ciudad Juarez, Chihuahua, Mexico.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, three dismembered bodies were found in bags on a road near Uruapan, Michoacan, Mexico.")
        #expect(f.first?.subEventType == .attack)
    }

    @Test func offDutyOfficerKilledIsAnAttackOnACivilian() {
        let e = events("On 10 March 2024, armed men shot dead an off-duty police officer outside his home in Fresnillo, Zacatecas, Mexico.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, armed men shot dead a police officer at a checkpoint in Fresnillo, Zacatecas, Mexico.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func villagesThatFoughtEachOtherClash() {
        let e = events("On 10 March 2024, residents of two neighbouring villages fought each other over farmland near Nikki, Benin, wounding seven people.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, soldiers and militants had exchanges of gunfire near Nikki, Benin.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func clansFightingOverAFamilyDisputeClash() {
        // ACLED codes communal militias' fighting as political violence whatever the dispute.
        let e = events("On 10 March 2024, members of two clans clashed in Al Bab, Syria, over a family dispute, killing one person.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, a man was stabbed to death in a family dispute in Al Bab, Syria.")
        #expect(f.first?.subEventType != .armedClash)
    }

    @Test func attackersNamedAgainAreNoTarget() {
        let e = events("On 10 March 2024, JNIM militants shot dead two traders in Toulfe, Burkina Faso, before the gunmen fled on motorbikes.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, JNIM militants attacked a group of armed bandits near Toulfe, Burkina Faso.")
        #expect(f.first?.subEventType == .armedClash)
        let g = events("On 10 March 2024, soldiers killed three gunmen near Toulfe, Burkina Faso.")
        #expect(g.first?.subEventType == .armedClash)
    }

    @Test func propertyDestroyedInAnAttackIsPartOfIt() {
        let e = events("On 10 March 2024, JNIM militants attacked the village of Kombori, Burkina Faso, killed two traders and burned shops.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, JNIM militants looted shops and burned houses in the village of Kombori, Burkina Faso.")
        #expect(f.first?.subEventType == .lootingPropertyDestruction)
        let g = events("Property destruction: On 10 March 2024, militants attacked and burned a school in Kombori, Burkina Faso. No casualties.")
        #expect(g.first?.subEventType == .lootingPropertyDestruction)
    }

    @Test func coordinatedAgentsAndAllegedMilitantsAreNoTargets() {
        let e = events("On 10 March 2024, the bodies of five men executed by soldiers or gendarmes were found near Djibo, Burkina Faso.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, soldiers executed seven civilians on suspicion of being militants near Djibo, Burkina Faso.")
        #expect(f.first?.subEventType == .attack)
        let g = events("On 10 March 2024, soldiers killed seven militants near Djibo, Burkina Faso.")
        #expect(g.first?.subEventType == .armedClash)
    }

    @Test func stateForcesNamedAsTheAgentStayTheActor() {
        // A group named in a later sentence replaces a generic attacker, not the state forces the lead names.
        let e = events("On 10 March 2024, Myanmar troops recaptured rebel hilltop positions near Laukkai, Shan state. The MNDAA denied losing the hills.")
        #expect(e.first?.subEventType == .governmentRegainsTerritory)
        #expect(e.first?.actor1.hasPrefix("Military Forces") == true)
    }

    @Test func policeStationAttackedAndBurnedIsAClash() {
        let e = events("On 10 March 2024, JNIM militants attacked and burned the police station in Namounou, Burkina Faso.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, a mob attacked and burned the police station in Namounou, Burkina Faso.")
        #expect(f.first?.subEventType == .mobViolence)
    }

    @Test func passiveAgentIsNoTarget() {
        // "by Houthi sniper fire": the sniper shot; the woman was the target.
        let e = events("On 10 March 2024, a woman was killed by Houthi sniper fire in Taizz city, Yemen.")
        #expect(e.first?.subEventType == .attack)
    }

    @Test func formerSoldierKilledIsAnAttackOnACivilian() {
        let e = events("On 10 March 2024, a former soldier was killed by Taliban militants in Obe district, Herat, Afghanistan.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor2.hasPrefix("Civilians") == true)
    }

    @Test func elderKilledByFightersIsAnAttack() {
        let e = events("On 10 March 2024, a tribal elder was killed by Taliban fighters in Gulran district, Herat, Afghanistan.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor2.hasPrefix("Civilians") == true)
    }
}

@Suite struct InterceptionTests {
    @Test func weaponsShotDownAreDisruptedNotAnAttack() {
        let e = events("Ukrainian air defence units shot down 17 Shahed-type attack drones launched by Russia over the Kharkiv region overnight.")
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
    }

    @Test func aStrikeThatGotThroughStaysAStrike() {
        let e = events("Russian drones struck Kharkiv overnight, killing two people, although air defences shot down ten of them.")
        #expect(e.first?.subEventType == .airDroneStrike)
    }

    /// A civilian the lead says was killed, with no one named fighting back, makes a raid an attack; a defence that
    /// repulsed the attackers makes it a clash.
    @Test func civilianKilledInARaidIsAnAttack() {
        let e = events("On 10 March 2024, a man was killed during a police raid in Cebu City, Philippines.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor2.hasPrefix("Civilians") == true)
        let f = events("On 10 March 2024, police killed a drug suspect during a raid in Cebu City, Philippines.")
        #expect(f.first?.subEventType == .attack)
        let g = events("On 10 March 2024, two men were killed during a police raid in Cebu City, Philippines, after they fired at the officers and the police returned fire.")
        #expect(g.first?.subEventType == .armedClash)
        let h = events(
            "On 10 March 2024, militants attacked a village near Ouagadougou and killed a herder. Two militants were killed when the village defence volunteers repulsed the assault.",
            extractor: defaultExtractor)
        #expect(h.first?.subEventType == .armedClash)
    }
}
