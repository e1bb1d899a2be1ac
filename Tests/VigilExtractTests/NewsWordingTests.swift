import Testing
import VigilExtract
import VigilModel

/// Wordings of wire reports that name an event's type, its actors or no event at all: sentences written for Vigil.
@Suite struct NewsWordingTests {
    @Test func peopleTakenAwayAreAbducted() {
        let e = events("Armed men stopped a passenger bus near Ouagadougou on Monday and took away eight passengers, a local official said.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        let f = events("Two engineers were seized by unidentified gunmen on the road to Kismayo on Monday, their company said.")
        #expect(f.first?.subEventType == .abductionForcedDisappearance)
        let g = events("A blogger was taken from his home in Peshawar by men in plain clothes on Monday and has not been seen since.")
        #expect(g.first?.subEventType == .abductionForcedDisappearance)
    }

    @Test func streetBattlesAreAClash() {
        let e = events("Government troops and Al Shabaab fighters fought street battles in Kismayo for a second day on Monday.")
        #expect(e.first?.subEventType == .armedClash)
    }

    /// Fire into a crowd of demonstrators, or soldiers beating marchers to death, is excessive force against a protest.
    @Test func forceAgainstACrowdOfDemonstrators() {
        let e = events("Soldiers fired into a crowd of unarmed demonstrators in Nairobi on Monday, killing three.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
        let f = events("Soldiers beat peaceful marchers with rifle butts in Nairobi on Monday, leaving one man dead.")
        #expect(f.first?.subEventType == .excessiveForceAgainstProtesters)
        let g = events("A teenager was shot dead on Monday as police dispersed a banned opposition march in Nairobi.")
        #expect(g.first?.subEventType == .excessiveForceAgainstProtesters)
        let h = events("Police detained more than 100 people who tried to march to the parliament in Nairobi on Monday.")
        #expect(h.first?.subEventType == .protestWithIntervention)
    }

    @Test func basesTakenOverAndHandedOver() {
        let e = events("Soldiers turned the village school near Kismayo into a headquarters on Monday, residents said.")
        #expect(e.first?.subEventType == .headquartersOrBaseEstablished)
        let f = events("Kenyan troops handed their base near Kismayo over to the Somali army at a ceremony on Monday.")
        #expect(f.first?.subEventType == .nonViolentTransferOfTerritory)
    }

    @Test func housesBurnedByTheHundredAreDestroyedProperty() {
        let e = events("Soldiers burned more than 200 houses in a village near Kismayo on Monday after residents fled.")
        #expect(e.first?.subEventType == .lootingPropertyDestruction)
    }

    /// Whom witnesses told is no party to the event: passengers shot by gang members are attacked, not in a clash.
    @Test func whomAWitnessToldIsNoTarget() {
        let e = events("Gang members stopped a bus near Nairobi on Monday and shot several passengers, survivors told police.")
        #expect(e.first?.subEventType == .attack)
    }

    /// "Iraqi and US troops": each nationality names forces, the host's first; an agent in a relative clause did not act.
    @Test func coordinatedNationalitiesAndRelativeClauses() {
        let e = events("Iraqi and US troops regained control of Anbar on Monday, which had been held by Islamic State militants for a year.")
        #expect(e.first?.subEventType == .governmentRegainsTerritory)
        #expect(e.first?.actor1 == "Military Forces of Iraq")
    }

    /// Risks, warnings and gas explosions report no political violence.
    @Test func risksAndGasExplosionsAreNoEvents() {
        #expect(events("The embassy advised its citizens to avoid travel to Kismayo, citing the risk of kidnapping and terrorism.").isEmpty)
        #expect(events("A gas explosion in a restaurant kitchen in Nairobi injured eight people on Monday; firefighters blamed a leaking cylinder.").isEmpty)
    }

    /// A source named after the trigger ("the army said") is not the target: villagers killed in a raid were attacked.
    @Test func theReportsSourceIsNoTarget() {
        let e = events("Al Shabaab fighters killed 22 villagers with machetes and guns in an overnight raid near Kismayo, the army said on Monday.")
        #expect(e.first?.subEventType == .attack)
    }

    /// ACLED's codebook: a device neutralised, found at a blast site, or that goes off while its makers plant or
    /// assemble it is disrupted weapons use, not an explosion.
    @Test func devicesNeutralisedOrGoingOffInTheirMakersHandsAreDisrupted() {
        let sentences = [
            "On 5 June 2024, an army unit neutralized an IED on the road near Kaya, Burkina Faso.",
            "On 5 June 2024, two militants were killed while planting IEDs on a road near Kaya, Burkina Faso.",
            "On 5 June 2024, a man died in Kitui, Kenya, when the bomb he was assembling exploded prematurely.",
        ]
        for sentence in sentences {
            #expect(events(sentence, extractor: defaultExtractor).first?.subEventType == .disruptedWeaponsUse, "\(sentence)")
        }
        let blast = events("On 5 June 2024, an IED planted on the road near Kaya, Burkina Faso, killed four soldiers.", extractor: defaultExtractor)
        #expect(blast.first?.subEventType == .remoteExplosiveLandmineIED)
    }

    /// Weapons listed after "recovered" or "seized weapons" were taken out of use, however the model reads the rest.
    @Test func weaponsRecoveredAreDisrupted() {
        let e = events(
            "Troops recovered two rifles, four grenades and a radio set from a militant hideout near Peshawar during a search operation on Monday.",
            extractor: defaultExtractor)
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
        let f = events("Police recovered the bodies of three men killed in a bomb blast near Peshawar on Monday.")
        #expect(f.first?.subEventType != .disruptedWeaponsUse)
    }

    @Test func territoryHandedOverOrRestored() {
        let e = events("Al Shabaab handed control of two villages near Kismayo to government forces on Monday under an agreement.")
        #expect(e.first?.subEventType == .nonViolentTransferOfTerritory)
        let f = events("Iraqi troops restored full control over a village in Anbar on Monday after driving out Islamic State militants.")
        #expect(f.first?.subEventType == .governmentRegainsTerritory)
        // The RSF is no longer the state's: a town it captures is taken by a non-state actor.
        let g = events("The Rapid Support Forces captured the town of Bara near Nairobi on Monday after clashes with the army.")
        #expect(g.first?.subEventType == .nonStateActorOvertakesTerritory)
    }

    @Test func coupsAndMutiniesAreOtherDevelopments() {
        let e = events("Soldiers attempted a coup in Nairobi on Monday, briefly occupying the state broadcaster.")
        #expect(e.first?.subEventType == .other)
        let f = events("Soldiers mutinied at a military camp near Ouagadougou on Monday, demanding the removal of their commander.")
        #expect(f.first?.subEventType == .other)
    }

    @Test func sanctionsAreNoEvent() {
        #expect(events("The US Treasury on Monday imposed sanctions on two commanders of the Rapid Support Forces over abuses in Darfur.").isEmpty)
    }

    @Test func gunbattlesAreAClash() {
        let e = events("At least 14 people were killed in gunbattles between rival cartel factions in Nairobi over the weekend, prosecutors said.")
        #expect(e.first?.subEventType == .armedClash)
    }

    @Test func agreementsAndSwaps() {
        let e = events("The government and a holdout rebel group signed a cessation of hostilities agreement in Nairobi on Monday.")
        #expect(e.first?.subEventType == .agreement)
        let f = events("Iraq and Syria exchanged 90 prisoners of war each on Monday in a swap mediated by Kenya, officials in Baghdad said.")
        #expect(f.first?.subEventType == .agreement)
    }

    /// A phrase the lexicon spells with a negation word names the event, not its absence.
    @Test func aTownTakenWithoutResistanceChangesHandsPeacefully() {
        let e = events("Al Shabaab fighters entered the town of Kismayo on Monday after the army withdrew without resistance, residents said.")
        #expect(e.first?.subEventType == .nonViolentTransferOfTerritory)
    }

    @Test func jailbreaksAndSeizuresOfPowerAreOtherDevelopments() {
        let e = events("More than 200 inmates broke out of the central prison in Kismayo on Monday after overpowering guards, officials said.")
        #expect(e.first?.subEventType == .other)
        let f = events("Army officers appeared on state television in Nairobi on Monday to announce that they had seized power.")
        #expect(f.first?.subEventType == .other)
    }

    @Test func basesSetUpAndGroupsFormed() {
        let e = events("Soldiers set up a military base in a school near Kismayo on Monday, residents said.")
        #expect(e.first?.subEventType == .headquartersOrBaseEstablished)
        // A base named as the place attacked is not established.
        let f = events("Al Shabaab fighters stormed a forward operating base near Kismayo on Monday and seized the town after troops fled.")
        #expect(f.first?.subEventType != .headquartersOrBaseEstablished)
        let g = events("A new armed group announced its creation near Kismayo on Monday, vowing to protect local herders.")
        #expect(g.first?.subEventType == .changeToGroupActivity)
    }

    @Test func peopleTakenToAnUnknownLocationAreAbducted() {
        let e = events("Soldiers detained a village head and two teachers near Kismayo on Monday and took them to an unknown location.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        let f = events("A student was picked up from his hostel in Peshawar on Monday by men in plain clothes, his family said.")
        #expect(f.first?.subEventType == .abductionForcedDisappearance)
    }

    /// Arrests of protesters that follow a beating are the demonstration's intervention.
    @Test func protestersBeatenAndDetainedMeetIntervention() {
        let e = events("Police beat and detained retired workers who had gathered outside a ministry in Nairobi on Monday to demand higher pensions.")
        #expect(e.first?.subEventType == .protestWithIntervention)
    }

    @Test func courtsResolutionsAndDrugSeizuresAreNoEvents() {
        #expect(events("A court in Nairobi acquitted four soldiers on Monday over the killing of civilians in 2007.").isEmpty)
        #expect(events("The UN Security Council adopted a resolution on Monday calling for an immediate ceasefire in Kismayo.").isEmpty)
        #expect(events("Police arrested 15 people in Nairobi on Monday for running an online scam.").isEmpty)
    }

    /// Rioting that no demonstration is named for is a mob's; police pushing back marchers at a barricade intervene.
    @Test func riotingWithoutADemonstrationIsAMob() {
        let e = events("Stone-pelting erupted between two communities near Peshawar during a religious procession on Monday, injuring 11 people.")
        #expect(e.first?.subEventType == .mobViolence)
        let f = events("Riot police baton-charged demonstrators who tried to push through a barricade in Nairobi on Monday and detained 12 of them.")
        #expect(f.first?.subEventType == .protestWithIntervention)
    }

    @Test func aCaptureAfterMonthsOfFightingIsATakeover() {
        let e = events("Al Shabaab claimed the capture of Kismayo on Monday, saying it had overrun the last army base in the town after months of fighting.")
        #expect(e.first?.subEventType == .nonStateActorOvertakesTerritory)
    }

    @Test func moreWordingsOfForceCampsAndJailbreaks() {
        let e = events("Security forces fired on people demonstrating over the cost of living in Nairobi on Monday, killing three.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
        let f = events("Al Shabaab has set up a new training camp near Kismayo, weeks after government forces withdrew from the area, elders said.")
        #expect(f.first?.subEventType == .headquartersOrBaseEstablished)
        let g = events("More than 120 inmates escaped from the central prison in Nairobi overnight; police said 40 had been recaptured by Monday.")
        #expect(g.first?.subEventType == .other)
        #expect(events("At least 16 garment workers were killed when a fire swept through a factory in Nairobi on Monday, fire officials said.").isEmpty)
    }

    /// Machine guns listed with recovered rifles were seized, not fired.
    @Test func recoveredMachineGunsAreSeized() {
        let e = events(
            "Troops recovered 14 rifles, two machine guns and 3,000 rounds of ammunition from an abandoned hideout near Peshawar on Monday, the army said.",
            extractor: defaultExtractor)
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
    }

    @Test func earlierEventsTalksAndGamesAreBackground() {
        // The arrest is the event; the grenade attack it follows is last month's.
        let e = events("Police arrested two men in Peshawar on Monday in connection with last month's grenade attack on a police post.")
        #expect(e.first?.subEventType == .arrests)
        #expect(events("Army and Al Shabaab delegations are expected to meet in Nairobi next week for talks on a humanitarian truce.").isEmpty)
        #expect(events("Kenya beat Uganda 2-1 in Nairobi on Monday in a World Cup qualifier.").isEmpty)
        #expect(events("Eight workers were killed in an explosion at an illegal fireworks workshop near Nairobi on Monday, officials said.").isEmpty)
        let f = events("Retirees gathered outside parliament in Nairobi on Monday for their weekly protest. Unlike last week, when police fired tear gas, it ended without incident.")
        #expect(f.first?.subEventType == .peacefulProtest)
    }

    @Test func accordsMutiniesAndTownsRetaken() {
        let e = events("The government and a rebel group signed an accord in Nairobi on Monday under which the fighters will disarm.")
        #expect(e.first?.subEventType == .agreement)
        let f = events("Soldiers at a camp near Ouagadougou fired shots into the air overnight in what the government called a mutiny.")
        #expect(f.first?.subEventType == .other)
        let g = events("Iraqi soldiers patrolled the streets of a town in Anbar on Monday after driving out Islamic State militants.")
        #expect(g.first?.subEventType == .governmentRegainsTerritory)
    }

    /// "In Ndola, a march of about 200 people passed off peacefully": a sentence that opens with a town tells another
    /// event there, even with a weak trigger.
    @Test func aSentenceOpeningWithAnotherTownIsAnotherEvent() {
        let e = events(
            "Police fired tear gas at marchers in Lusaka on Monday. In Ndola, a march of about 200 people passed off peacefully.",
            published: "2026-05-12", extractor: defaultExtractor)
        #expect(e.map(\.location) == ["Lusaka", "Ndola"])
        #expect(e.last?.subEventType == .peacefulProtest)
    }

    /// "gathered on Sunday at the mosque where a suicide bomber killed 14 worshippers last Friday": the day next to
    /// the attack's words dates it.
    @Test func theDayNextToTheAttackDatesIt() {
        let e = events(
            "Mourners gathered on Sunday at the mosque in Kano where a suicide bomber killed 14 worshippers last Friday.",
            published: "2026-05-11", extractor: defaultExtractor)
        #expect(e.first?.eventDate.description == "2026-05-08")
    }

    /// A drone told right after a state force's shelling, with no one named, is that force's.
    @Test func aDroneAfterAStateForcesShellingIsTheirs() {
        let e = events(
            "Russian forces shelled Nikopol on Tuesday, the governor said. A kamikaze drone also hit a farm building in Myrove.",
            published: "2026-05-13", extractor: defaultExtractor)
        #expect(e.map(\.subEventType) == [.shellingArtilleryMissileAttack, .airDroneStrike])
        #expect(e.allSatisfy { $0.actor1 == "Military Forces of Russia" })
    }

    /// "the air force had targeted positions": an air force that strikes strikes from the air.
    @Test func anAirForceThatTargetsPositionsStrikesFromTheAir() {
        let e = events(
            "The military said on Monday that the air force had targeted rebel positions near Kyauktaw the previous day.",
            published: "2026-06-08", extractor: defaultExtractor)
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.eventDate.description == "2026-06-07")
    }

    /// "repelled attacks in A and B, where two attackers died": attackers who died are dead, not attacks.
    @Test func attackersWhoDiedAreDead() {
        let e = events(
            "Police repelled attacks on posts in Tank and Kulachi on Monday, where two attackers died, officials said.",
            published: "2026-10-13", extractor: defaultExtractor)
        #expect(e.map(\.fatalities).reduce(0, +) == 2)
        #expect(e.count == 2)
    }

    /// "Police … took a reporter into custody": custody is an arrest; a headline that tells the body's event again is
    /// the body's event, dated by the body.
    @Test func aHeadlineToldAgainInTheBodyIsOneEvent() {
        let e = events(
            "Nepal: reporter taken into custody in Pokhara\n\nPOKHARA, May 13 – Police in Pokhara took a local radio reporter "
                + "into custody on Tuesday after he filmed a sit-in outside the district office, colleagues said.",
            published: "2026-05-14", extractor: defaultExtractor)
        #expect(e.count == 1)
        #expect(e.first?.subEventType == .arrests)
        #expect(e.first?.eventDate.description == "2026-05-12")
        #expect(e.first?.eventID == "t1-1")
    }

    /// "rammed a car into an army checkpoint": what an attack goes into is its target, not its attacker.
    @Test func whatABomberDrivesIntoIsTheTarget() {
        let e = events(
            "A suicide bomber rammed a car into an army checkpoint in Balcad on Saturday, killing five soldiers.",
            published: "2026-05-11", extractor: defaultExtractor)
        #expect(e.first?.subEventType == .suicideBomb)
        #expect(e.first?.actor1.hasPrefix("Unidentified Armed Group") == true)
        #expect(e.first?.actor2 == "Military Forces of Somalia")
    }
}
