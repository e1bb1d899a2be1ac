import VigilModel

/// One side of an event's actors: the perpetrator (actor1) or the target (actor2).
enum ActorSide {
    case perpetrator, target

    /// The field's JSON name.
    var field: String { self == .perpetrator ? "actor1" : "actor2" }

    /// The side's actor name in `event`.
    func name(of event: Event) -> String {
        self == .perpetrator ? event.actor1 : event.actor2
    }

    /// Copies the side's actor, associate and actor type from `source` into `event`.
    func copy(from source: Event, to event: inout Event) {
        switch self {
        case .perpetrator:
            event.actor1 = source.actor1
            event.assocActor1 = source.assocActor1
            event.inter1 = source.inter1
        case .target:
            event.actor2 = source.actor2
            event.assocActor2 = source.assocActor2
            event.inter2 = source.inter2
        }
    }
}
