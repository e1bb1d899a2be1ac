public import VigilModel

/// A place a user added or corrected; the geocoder prefers it over the shipped gazetteer.
public typealias UserPlace = CustomPlace
