import VigilText
let t = AnalyzedText(CommandLine.arguments[1])
for s in t.sentences { print(s.isRepeat, "|", t.slice(s.start, s.end)) }
