import VigilModel

/// Every data file the pipeline reads, parsed once.
struct ExtractionLexicons: Sendable {
    /// A trigger's reading: the sub-event type it names, how strongly, and its flags (all off unless `triggers.tsv` sets them).
    struct TriggerEntry: Sendable {
        let subEventType: SubEventType
        let weight: Double
        /// True when the phrase counts only next to an armed actor or a weapon ("killed").
        var needsArmedActor = false
        /// True when the phrase names fighting between two sides ("clashed", "exchange of fire").
        var isMutual = false
        var protestRole: ProtestRole?
        /// True when the phrase names lethal force ("shot dead", "opened fire").
        var isLethal = false
        /// True when the phrase names weapons stopped in flight ("shot down", "intercepted").
        var isInterception = false
        /// True when the phrase names close-range weapons ("small arms", "machine guns", "grenade launchers").
        var isCloseRange = false
        /// True when the phrase names weapons seized or recovered ("recovered", "seized weapons"): those listed after it were not used.
        var isSeizure = false
        /// True when the phrase names a weapon also fired from afar ("machine guns"): with no one firing back, a shelling.
        var isStandoff = false
        /// True when the phrase names a demonstration that was attacked ("attacked protesters", "the rally was attacked").
        var isOnProtest = false
    }

    /// How a trigger bears on a demonstration.
    enum ProtestRole: String, Sendable {
        case protest, intervention, excessive, violent
    }

    /// An actor phrase's ACLED reading.
    struct ActorEntry: Sendable {
        /// The name of phrases that contain an actor's word but name no actor ("local government area").
        static let noActor = "-"
        /// The ACLED name; `{country}` stands for the actor's country.
        let template: String
        let inter: InterCode
        /// 3 named organisation, 2 state forces, 1 generic group, 0 victims or bystanders.
        let rank: Int
    }

    /// A date word's reading.
    struct DateWord: Sendable {
        let kind: String
        let value: Int
    }

    /// A weapon phrase's label and whether it makes a report one of armed violence.
    struct WeaponEntry: Sendable {
        let weapon: String
        let isArmed: Bool
    }

    /// A number word's value (for vague words, ACLED's conventional figure).
    struct NumberWord: Sendable {
        let value: Int
    }

    let triggers: PhraseLexicon<TriggerEntry>
    let cues: PhraseLexicon<CueKind>
    let numbers: PhraseLexicon<NumberWord>
    let counted: PhraseLexicon<QuantityCategory>
    let weapons: PhraseLexicon<WeaponEntry>
    let dates: PhraseLexicon<DateWord>
    let actors: PhraseLexicon<ActorEntry>
    /// Countries whose actor names take "the".
    let articles: CountryArticles
    /// What joins the places of a list (`lists.tsv`, joiner: a comma, "and").
    let listJoiners: Set<String>
    /// What else may stand between the places of a list (`lists.tsv`, gap: "in", "near").
    let listGaps: Set<String>
    /// Words before two places that make them the ends of one route (`lists.tsv`, route).
    let routeWords: Set<String>
    /// Words between a list of places and a town that make them its quarters (`lists.tsv`, quarter).
    let quarterWords: Set<String>
    /// Words after a place that say how many times it was hit (`lists.tsv`, repeat: "twice" 2), 0 for a word that
    /// takes the number before it ("six times").
    let repetitions: [String: Int]
    /// Words after "one" that give one attack to each target (`lists.tsv`, each: "one against each of the other sites").
    let eachWords: Set<String>
    /// What ends the clause a number of attacks counts in (`lists.tsv`, break).
    let clauseBreaks: Set<String>
    /// What opens a count told after its place (`lists.tsv`, opener: "(").
    let listOpeners: Set<String>
    /// What joins a country to its division (`lists.tsv`, possessive: "'s").
    let possessives: Set<String>

    /// Loads every data file from the module's resources.
    static func load() throws(ExtractorError) -> ExtractionLexicons {
        try ExtractionLexicons(
            triggers: TSVResource(named: "triggers.tsv"), cues: TSVResource(named: "cues.tsv"),
            numbers: TSVResource(named: "numbers.tsv"), counted: TSVResource(named: "counted.tsv"),
            weapons: TSVResource(named: "weapons.tsv"), dates: TSVResource(named: "dates.tsv"),
            actors: TSVResource(named: "actors.tsv"), articles: TSVResource(named: "country-articles.tsv"),
            lists: TSVResource(named: "lists.tsv"))
    }

    /// A phrase lexicon whose second column names a case of `Value`; an unknown name is an error
    /// naming the file, the line and the value.
    private static func phrases<Value: RawRepresentable<String>>(
        _ file: TSVResource, of _: Value.Type, named what: String
    ) throws(ExtractorError) -> PhraseLexicon<Value> {
        var lexicon = PhraseLexicon<Value>()
        for row in file.rows {
            guard let value = Value(rawValue: row[1]) else {
                throw .badLine(file: file.name, line: row.line, reason: "unknown \(what) \"\(row[1])\"")
            }
            lexicon.add(row[0], value)
        }
        return lexicon
    }

    /// Parses the given files; errors name the file and line.
    init(
        triggers: TSVResource, cues: TSVResource, numbers: TSVResource, counted: TSVResource, weapons: TSVResource,
        dates: TSVResource, actors: TSVResource, articles: TSVResource, lists: TSVResource
    ) throws(ExtractorError) {
        self.articles = CountryArticles(countries: Set(articles.rows.map { $0[0] }))
        self.triggers = try Self.triggerLexicon(triggers)

        self.cues = try ExtractionLexicons.phrases(cues, of: CueKind.self, named: "cue kind")

        var n = PhraseLexicon<NumberWord>()
        for row in numbers.rows {
            guard let value = Int(row[1]) else {
                throw .badLine(file: numbers.name, line: row.line, reason: "expected word, value")
            }
            n.add(row[0], NumberWord(value: value))
        }
        self.numbers = n

        self.counted = try ExtractionLexicons.phrases(counted, of: QuantityCategory.self, named: "category")

        var w = PhraseLexicon<WeaponEntry>()
        for row in weapons.rows {
            guard !row[1].isEmpty else {
                throw .badLine(file: weapons.name, line: row.line, reason: "expected phrase, weapon, armed flag")
            }
            w.add(row[0], WeaponEntry(weapon: row[1], isArmed: row[2] == "1"))
        }
        self.weapons = w

        var d = PhraseLexicon<DateWord>()
        for row in dates.rows {
            guard let value = Int(row[2]) else {
                throw .badLine(file: dates.name, line: row.line, reason: "expected phrase, kind, value")
            }
            d.add(row[0], DateWord(kind: row[1], value: value))
        }
        self.dates = d

        var a = PhraseLexicon<ActorEntry>()
        for row in actors.rows {
            guard let code = Int(row[2]), let inter = InterCode(rawValue: code), let rank = Int(row[3]) else {
                throw .badLine(file: actors.name, line: row.line, reason: "expected phrase, name, inter code, rank")
            }
            a.add(row[0], ActorEntry(template: row[1], inter: inter, rank: rank))
        }
        self.actors = a

        let (words, repetitions) = try Self.listWords(lists)
        self.repetitions = repetitions
        listJoiners = words["joiner"] ?? []
        listGaps = words["gap"] ?? []
        routeWords = words["route"] ?? []
        quarterWords = words["quarter"] ?? []
        eachWords = words["each"] ?? []
        clauseBreaks = words["break"] ?? []
        listOpeners = words["opener"] ?? []
        possessives = words["possessive"] ?? []
    }

    /// `triggers.tsv`: phrase, sub-event type, weight and flags.
    private static func triggerLexicon(_ triggers: TSVResource) throws(ExtractorError) -> PhraseLexicon<TriggerEntry> {
        var t = PhraseLexicon<TriggerEntry>()
        for row in triggers.rows {
            guard let type = try? SubEventType(validating: row[1]), let weight = Double(row[2]) else {
                throw .badLine(file: triggers.name, line: row.line, reason: "expected phrase, sub-event type, weight")
            }
            let flags = row[3].split(separator: ",").map(String.init)
            t.add(row[0], TriggerEntry(
                subEventType: type, weight: weight, needsArmedActor: flags.contains("needs-armed"), isMutual: flags.contains("mutual"),
                protestRole: flags.lazy.compactMap(ProtestRole.init(rawValue:)).first, isLethal: flags.contains("lethal"),
                isInterception: flags.contains("interception"), isCloseRange: flags.contains("close-range"),
                isSeizure: flags.contains("seizure"), isStandoff: flags.contains("standoff"), isOnProtest: flags.contains("on-protest")))
        }
        return t
    }

    /// `lists.tsv`: the words of each kind, and the repetition words with their counts.
    private static func listWords(_ lists: TSVResource) throws(ExtractorError) -> (words: [String: Set<String>], repetitions: [String: Int]) {
        var words: [String: Set<String>] = [:]
        var repetitions: [String: Int] = [:]
        for row in lists.rows {
            guard !row[1].isEmpty else {
                throw .badLine(file: lists.name, line: row.line, reason: "expected a word after \"\(row[0])\"")
            }
            switch row[0] {
            case "joiner", "gap", "route", "quarter", "each", "break", "opener", "possessive":
                words[row[0], default: []].insert(row[1])
            case "repeat" where Int(row[2]) != nil: repetitions[row[1]] = Int(row[2])
            default:
                throw .badLine(
                    file: lists.name, line: row.line,
                    reason: "expected joiner, gap, route, quarter, each, break, opener or possessive, then a word; or repeat, a word and a number")
            }
        }
        return (words, repetitions)
    }
}
