/// The small, commented inventory `cleave init` writes: two parties, two areas, a handful of
/// items of every kind and one option. It validates with no findings, even under `--strict`.
public enum StarterInventory {
    public static let files: [InventoryFolder.File] = [
        .init("estate.yaml", estate),
        .init("items.yaml", items),
        .init("options.yaml", options),
    ]

    static let estate = """
        # The estate as a whole, the parties that share it and its service areas.
        # Every *.yaml, *.yml and *.json file in this folder is read; split them as you like.
        # Check it with:  cleave validate <this folder> --strict

        estate:
          name: Example shared estate
          currency: GBP                # ISO 4217, for display
          asOf: 2026-04-01             # the date this inventory describes
          defaults:
            duplicateCost: 10000       # one-off cost to duplicate an item that gives none
            severCost: 25000           # cost to re-engineer a dependency that gives none

        # Ids match [A-Za-z0-9][A-Za-z0-9._-]* and are unique across the whole inventory.
        parties:
          - {id: north, name: North Council}                 # kind: council (default), trust, company, other
          - {id: south, name: South Council}

        areas:
          - {id: digital, name: Digital, lead: north}        # arrangement: lead (default), hosted, agreement
          - {id: operations, name: Operations, lead: south}  # inScope: false keeps it out of every split

        """

    static let items = """
        # Items: systems, infrastructure, contracts, data and teams. The section gives the kind.
        # dependsOn lists what an item needs to work: an id, or {id, via, severCost, note}.

        systems:
          - id: crm
            name: Customer relationship management
            area: digital
            users: {north: 60, south: 40}  # or a list: [north, south]
            dependsOn:
              - hosting
              - {id: customer-records, via: data}
            contracts: [crm-licence]
            criticality: high              # low, medium (default), high, critical
            annualCost: 120000
            split: {strategy: clone, oneOffCost: 30000}

          - id: website
            name: Public website
            area: digital
            users: [north]
            dependsOn:
              - {id: crm, via: integration, severCost: 15000}
              - hosting

        infrastructure:
          - id: hosting
            name: Cloud hosting
            area: operations
            type: platform                 # datacentre, network, server, storage, identity, ...
            dependsOn:
              - {id: service-desk, via: support}
            annualCost: 45000

        data:
          - {id: customer-records, name: Customer records, area: digital, personal: true, classification: official-sensitive}

        contracts:
          - id: crm-licence
            name: CRM licence
            area: digital
            supplier: Example Software Ltd
            parties: [north, south]        # the signatories count as direct users
            start: 2024-04-01
            end: 2028-03-31
            noticeMonths: 6
            assignable: false              # can it be novated or split by agreement?
            annualCost: 80000

        teams:
          - {id: service-desk, name: Service desk, area: operations, fte: 6, users: [north, south]}

        """

    static let options = """
        # Options: ways to take the estate apart. Compare them with:  cleave options <this folder>

        options:
          - id: north-leaves
            name: North leaves the shared arrangement
            separate: [north]              # default: every party
            default: split                 # in-scope areas not named: shared (default) or split
            areas: {operations: shared}
            targetDate: 2028-03-31

        """
}
