export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description The process is up. Public: no API key is needed.
         */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers and every migration has been applied
         * @description The database answers and every migration has been applied. Public: no API key is needed.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never the keys themselves)
         * @description List API keys (never the keys themselves). Roles: admin; what it touches is limited to the caller’s scope.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key; the key is shown once, in this response
         * @description Issue an API key; the key is shown once, in this response. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key at once
         * @description Revoke an API key at once. Roles: admin; what it touches is limited to the caller’s scope.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit entries in chain order, optionally about one record
         * @description List audit entries in chain order, optionally about one record. Roles: admin, auditor; what it touches is limited to the caller’s scope.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chain’s head hash and size, to notarise elsewhere
         * @description The chain’s head hash and size, to notarise elsewhere. Roles: admin, auditor; what it touches is limited to the caller’s scope.
         */
        get: operations["getAuditHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chain from the first entry and name the first entry that fails
         * @description Recompute the hash chain from the first entry and name the first entry that fails. Roles: admin, auditor; what it touches is limited to the caller’s scope.
         */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List call-offs in the caller’s scope (summaries: GET one for its plan, award evidence and variations)
         * @description List call-offs in the caller’s scope (summaries: GET one for its plan, award evidence and variations). Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listCallOffs"];
        put?: never;
        /**
         * Raise a call-off (one placement of one child) and offer it to the chosen provider
         * @description Raise a call-off (one placement of one child) and offer it to the chosen provider. Roles: commissioner; what it touches is limited to the caller’s scope.
         */
        post: operations["createCallOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a call-off
         * @description Get a call-off. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["getCallOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an offered call-off (the addressed provider)
         * @description Accept an offered call-off (the addressed provider). Roles: provider; what it touches is limited to the caller’s scope.
         */
        post: operations["acceptCallOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an offered call-off with a reason code; its capacity is released
         * @description Decline an offered call-off with a reason code; its capacity is released. Roles: provider; what it touches is limited to the caller’s scope.
         */
        post: operations["declineCallOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs/{id}/variations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vary an accepted call-off: extend, change sessions or terminate; re-priced from the effective date
         * @description Vary an accepted call-off: extend, change sessions or terminate; re-priced from the effective date. Roles: commissioner, admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createVariation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-offs/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a call-off before the provider accepts it; its capacity is released
         * @description Withdraw a call-off before the provider accepts it; its capacity is released. Roles: commissioner; what it touches is limited to the caller’s scope.
         */
        post: operations["withdrawCallOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Declared, committed and available sessions per week over a window, per provider
         * @description Declared, committed and available sessions per week over a window, per provider. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["getCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/check-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The due-diligence check catalogue
         * @description The due-diligence check catalogue. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listCheckTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public AP Directory: approved providers eligible today, by lot, with no personal data
         * @description The public AP Directory: approved providers eligible today, by lot, with no personal data. Public: no API key is needed.
         */
        get: operations["getDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed in your scope, in a stable order that never skips an event; follow nextCursor
         * @description The event feed in your scope, in a stable order that never skips an event; follow nextCursor. Roles: admin, auditor, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/finance/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare a lot’s prices and placement costs per pupil-day
         * @description Every provider’s approved price in force on `to`, and the accepted placements and spot purchases live in [from, to], in pence per pupil-day, with the lot’s p25, median and p75 (R-7, Excel PERCENTILE.INC) and each one’s percentile rank and quartile. Admin and auditor see everything; a commissioner sees every price, its own placements, and other organisations’ only as aggregates of at least 5; a provider sees its own price and the aggregates. `Accept: text/csv` gives the same as CSV.
         */
        get: operations["getBenchmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/finance/high-cost-placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List live placements that cost more than they should, with cheaper alternatives
         * @description Accepted placements on the lot live today whose cost per pupil-day is more than the framework’s highCostThresholdPercent above the lot’s p75 price, or whose unit price is above the lot’s ceiling; each with up to 3 cheaper providers eligible on the lot with capacity for the rest of the placement (the ranking of GET /v1/lots/{lotId}/matches). A commissioner sees its own; admin all, or one organisationId. `Accept: text/csv` gives the page as CSV (one row per alternative) with the next cursor in X-Next-Cursor.
         */
        get: operations["listHighCostPlacements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the frameworks the caller may see
         * @description List the frameworks the caller may see. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listFrameworks"];
        put?: never;
        /**
         * Create a framework (draft)
         * @description Create a framework (draft). Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a framework
         * @description Get a framework. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["getFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft framework
         * @description Change a draft framework. Roles: admin; what it touches is limited to the caller’s scope.
         */
        patch: operations["updateFramework"];
        trace?: never;
    };
    "/v1/frameworks/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a draft framework that has at least one lot
         * @description Activate a draft framework that has at least one lot. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["activateFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{id}/blanket-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend every in-flight call-off of the framework to one date (dry run first)
         * @description Extend every in-flight call-off of the framework to one date (dry run first). Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createBlanketExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frameworks/{id}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the lots of a framework
         * @description List the lots of a framework. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listLots"];
        put?: never;
        /**
         * Add a lot to a draft framework
         * @description Add a lot to a draft framework. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a lot
         * @description Get a lot. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["getLot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a lot (award rules only while the framework is a draft)
         * @description Change a lot (award rules only while the framework is a draft). Roles: admin; what it touches is limited to the caller’s scope.
         */
        patch: operations["updateLot"];
        trace?: never;
    };
    "/v1/lots/{lotId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank the lot’s providers for a placement, with the reasons others cannot take it
         * @description Rank the lot’s providers for a placement, with the reasons others cannot take it. Roles: admin, commissioner; what it touches is limited to the caller’s scope.
         */
        get: operations["listMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lotId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a lot’s members; with eligibleOn, only those eligible on that date
         * @description List a lot’s members; with eligibleOn, only those eligible on that date. Roles: admin, auditor, commissioner; what it touches is limited to the caller’s scope.
         */
        get: operations["listLotMembers"];
        put?: never;
        /**
         * Admit an approved provider to a lot
         * @description Admit an approved provider to a lot. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["addLotMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lotId}/members/{providerId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstate a suspended membership
         * @description Reinstate a suspended membership. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["reinstateLotMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lotId}/members/{providerId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a provider from a lot
         * @description Remove a provider from a lot. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["removeLotMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lotId}/members/{providerId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a provider’s membership of a lot
         * @description Suspend a provider’s membership of a lot. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["suspendLotMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations (a commissioner sees its own)
         * @description List organisations (a commissioner sees its own). Roles: admin, auditor, commissioner; what it touches is limited to the caller’s scope.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Register a commissioning organisation (a council or a school)
         * @description Register a commissioning organisation (a council or a school). Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organisation
         * @description Get an organisation. Roles: admin, auditor, commissioner; what it touches is limited to the caller’s scope.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organisation's own school calendar and the default years it falls back to
         * @description Get an organisation's own school calendar and the default years it falls back to. Roles: admin, auditor, commissioner; what it touches is limited to the caller’s scope.
         */
        get: operations["getOrganisationCalendar"];
        /**
         * Replace an organisation's own school calendar
         * @description Replaces every academic year the organisation defined before; years it leaves out use the England default. A school day is a Monday to Friday inside a term and outside every closure. A calendar that is malformed (a term or closure outside 1 September–31 August of its year, ending before it starts, overlapping terms, a year defined twice, a bad year label) is refused with 400 validation_failed, naming the year in errors[].
         */
        put: operations["putOrganisationCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/calendar/nth-school-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the n-th school day counting the first school day on or after a date as day 1
         * @description A start on a weekend or holiday counts from the next school day. A date in an academic year that neither the organisation nor the England default defines is refused with 422 calendar_missing, naming the years in `years`.
         */
        get: operations["getNthSchoolDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/calendar/school-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count school days in a date range in the organisation's calendar, split by financial and academic year
         * @description Both ends are inclusive. A date in an academic year that neither the organisation nor the England default defines is refused with 422 calendar_missing, naming the years in `years`.
         */
        get: operations["countSchoolDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List providers (a provider key sees only itself)
         * @description List providers (a provider key sees only itself). Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listProviders"];
        put?: never;
        /**
         * Register an AP provider (directory status applied)
         * @description Register an AP provider (directory status applied). Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a provider with its directory status history
         * @description Get a provider with its directory status history. Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a provider; a provider key may change only its own contactEmail and description (other fields: 403)
         * @description Change a provider; a provider key may change only its own contactEmail and description (other fields: 403). Roles: admin, provider; what it touches is limited to the caller’s scope.
         */
        patch: operations["updateProvider"];
        trace?: never;
    };
    "/v1/providers/{id}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare sessions per week a provider can take on a lot over a date range (newest wins)
         * @description Declare sessions per week a provider can take on a lot over a date range (newest wins). Roles: admin, provider; what it touches is limited to the caller’s scope.
         */
        post: operations["declareCapacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A provider’s check history, marking the current check of each type
         * @description A provider’s check history, marking the current check of each type. Roles: admin, auditor, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["listChecks"];
        put?: never;
        /**
         * Record a due-diligence check (append-only; the newest of a type is current)
         * @description Record a due-diligence check (append-only; the newest of a type is current). Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["createCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}/directory-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, conditionally approve, suspend or remove a provider, with a reason
         * @description Approve, conditionally approve, suspend or remove a provider, with a reason. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["setDirectoryStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the provider may be awarded work on a lot on a date, with every reason it may not
         * @description Whether the provider may be awarded work on a lot on a date, with every reason it may not. Roles: admin, auditor, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["getEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}/rate-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a rate card for one lot (the provider itself, or admin)
         * @description Submit a rate card for one lot (the provider itself, or admin). Roles: admin, provider; what it touches is limited to the caller’s scope.
         */
        post: operations["createRateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price a placement exactly, split by financial year; no side effects
         * @description Price a placement exactly, split by financial year; no side effects. Roles: admin, commissioner; what it touches is limited to the caller’s scope.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rate-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rate cards (a provider sees its own; commissioners see approved cards)
         * @description List rate cards (a provider sees its own; commissioners see approved cards). Any API key; what it returns is limited to the caller’s scope.
         */
        get: operations["listRateCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rate-cards/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted rate card; the previous card ends the day before it takes effect
         * @description Approve a submitted rate card; the previous card ends the day before it takes effect. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["approveRateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rate-cards/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a submitted rate card with a reason
         * @description Reject a submitted rate card with a reason. Roles: admin; what it touches is limited to the caller’s scope.
         */
        post: operations["rejectRateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/spot-purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List spot purchases
         * @description A commissioner sees its own organisation's, with childRef; admin and auditor see them without it.
         */
        get: operations["listSpotPurchases"];
        put?: never;
        /**
         * Record a placement bought outside the framework
         * @description Counted in commitments and in the share of spend off the framework. approvedBy is a role, never a name. A commissioner records its own organisation's; an admin names organisationId.
         */
        post: operations["createSpotPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your webhook subscriptions
         * @description List your webhook subscriptions. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe an endpoint to events in your scope; the signing secret is shown only in this response
         * @description Subscribe an endpoint to events in your scope; the signing secret is shown only in this response. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Get a webhook subscription. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription and its delivery history
         * @description Delete a webhook subscription and its delivery history. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription’s deliveries: status, attempts and the last response code
         * @description A subscription’s deliveries: status, attempts and the last response code. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now, with the same webhook-id
         * @description Send a delivery again now, with the same webhook-id. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the old one keeps signing as well for 24 hours
         * @description Replace the signing secret; the old one keeps signing as well for 24 hours. Roles: admin, commissioner, provider; what it touches is limited to the caller’s scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcademicYearDto: {
            closures: components["schemas"]["ClosureDto"][];
            terms: components["schemas"]["TermDto"][];
            /**
             * @description 1 September to 31 August.
             * @example 2026-27
             */
            year: string;
        };
        AcademicYearSchoolDaysDto: {
            /**
             * @description 1 September to 31 August.
             * @example 2026-27
             */
            academicYear: string;
            /** Format: int32 */
            schoolDays: number;
        };
        AcceptCallOffDto: {
            note?: string;
        };
        AddLotMemberDto: {
            /** Format: uuid */
            providerId: string;
            /** @example Admitted after the July 2026 evaluation. */
            reason?: string;
        };
        /**
         * @description all placements; the caller’s own organisation’s; or other organisations’ (aggregates only).
         * @enum {string}
         */
        AggregateScope: "all" | "own" | "others";
        AlternativeDto: {
            /** Format: int32 */
            availableSessionsPerWeek: number;
            distanceKm: number | null;
            name: string;
            /** Format: int64 */
            pencePerPupilDay: number;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: int32
             * @description Rank by the lot’s direct-award weights.
             */
            rank: number;
            /**
             * Format: int64
             * @description Cheaper than the placement by this much per pupil-day.
             */
            savingPencePerPupilDay: number;
            unit: components["schemas"]["PricingUnit"];
            /** Format: int64 */
            unitPricePence: number;
        };
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            label: string;
            /** Format: uuid */
            organisationId: string | null;
            prefix: string;
            /** Format: uuid */
            providerId: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            role: components["schemas"]["Role"];
        };
        ApiKeyListDto: {
            data: components["schemas"]["ApiKeyDto"][];
            nextCursor: string | null;
        };
        ApproveRateCardDto: {
            /** @description Needed when a unit price rises by more than the framework’s annual uplift cap. */
            upliftOverrideReason?: string;
        };
        AuditActorDto: {
            /**
             * Format: uuid
             * @description The API key; null for the service.
             */
            keyId: string | null;
            /** Format: uuid */
            organisationId: string | null;
            /** Format: uuid */
            providerId: string | null;
            /** @enum {string|null} */
            role: "admin" | "commissioner" | "provider" | "auditor" | null;
        };
        AuditChangeDto: {
            /**
             * @description Path of a field the request was made with.
             * @example sessionsPerWeek
             */
            field: string;
            /** @description Its value, only when it is an identifier, date, number, boolean or code; absent for free text. Children’s data is never recorded, not even the field name. */
            value?: string | number | boolean | (string | number | boolean)[] | (null);
        };
        AuditEntryDto: {
            /**
             * @description The operation id.
             * @example acceptCallOff
             */
            action: string;
            actor: components["schemas"]["AuditActorDto"];
            changes: components["schemas"]["AuditChangeDto"][];
            hash: string;
            /** @description Insert order; not the chain order. */
            id: string;
            kind: components["schemas"]["AuditKind"];
            prevHash: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: uuid
             * @description X-Request-Id of the request.
             */
            requestId: string | null;
            /** @example POST /v1/call-offs/:id/accept */
            route: string | null;
            /**
             * Format: int64
             * @description Position in the hash chain (1, 2, 3…).
             */
            seq: number;
            subject: components["schemas"]["AuditSubjectDto"];
        };
        AuditFailureDto: {
            /**
             * Format: uuid
             * @description Its id; null when the entry is missing.
             */
            entryId: string | null;
            reason: components["schemas"]["AuditFailureReason"];
            /**
             * Format: int64
             * @description Chain position of the first entry that fails.
             */
            seq: number;
        };
        /** @enum {string} */
        AuditFailureReason: "hash_mismatch" | "chain_broken" | "missing_entry" | "notarised_head_mismatch";
        AuditHeadDto: {
            /** @description SHA-256 chain hash of the head entry (64 zeros for an empty log). */
            headHash: string;
            /**
             * Format: int64
             * @description Entries in the chain; the head is entry number `size`.
             */
            size: number;
        };
        /** @enum {string} */
        AuditKind: "write" | "read";
        AuditPageDto: {
            data: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        AuditSubjectDto: {
            /** Format: uuid */
            id: string | null;
            /** @example call_off */
            type: string;
        };
        AuditVerificationDto: {
            firstFailure: components["schemas"]["AuditFailureDto"] | (never | null);
            /** @description Hash of the last good entry. */
            headHash: string;
            /**
             * Format: int64
             * @description Entries recomputed and found good, from the first.
             */
            size: number;
            /**
             * Format: int64
             * @description Entries recorded but not sealed yet.
             */
            unsealed: number;
            valid: boolean;
        };
        AvailabilityIntervalDto: {
            available: number;
            committed: number;
            declared: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        AwardEvidenceDto: {
            /** Format: date-time */
            calculatedAt: string;
            /** Format: uuid */
            chosenProviderId: string;
            /** Format: int32 */
            chosenRank: number;
            /** @description Every member that could not take the placement, with why. */
            excluded: components["schemas"]["ExcludedProviderDto"][];
            inputs: components["schemas"]["AwardInputsDto"];
            /** @description Free text about the child: absent for admin and auditor keys. */
            justification?: string | null;
            /** @enum {string} */
            method: "direct";
            /** @description Every ranked provider, best first. */
            ranking: components["schemas"]["RankingEntryDto"][];
            rule: string;
            /** @enum {string} */
            selection: "named_by_commissioner" | "top_ranked";
            /** @description The lot’s direct-award weights. */
            weights: components["schemas"]["WeightsDto"];
            /** @description The weights as applied (distance’s share moves to the others without a location). */
            weightsApplied: components["schemas"]["WeightsDto"];
        };
        AwardInputsDto: {
            /** Format: date */
            endDate: string;
            location: components["schemas"]["AwardLocationDto"] | (never | null);
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
        };
        AwardLocationDto: {
            latitude: number;
            longitude: number;
        };
        /** @enum {string} */
        AwardMethod: "direct" | "referral";
        BenchmarksDto: {
            aggregates: components["schemas"]["PlacementAggregateDto"][];
            /** Format: uuid */
            frameworkId: string;
            /** Format: date */
            from: string;
            /** Format: uuid */
            lotId: string;
            /** @example R-7 linear interpolation (Excel PERCENTILE.INC) */
            percentileMethod: string;
            /** @description Accepted placements on the lot live in the window: all for admin and auditor, a commissioner’s own only, none for a provider. Positions are against the lot’s prices. */
            placements: components["schemas"]["PlacementCostDto"][];
            /** @description The lot’s approved prices in force on `to`, per pupil-day. */
            prices: components["schemas"]["PriceSummaryDto"];
            /** @description Every provider’s price (public to framework users); a provider sees its own only. */
            providers: components["schemas"]["ProviderPriceDto"][];
            /** @example ROUND_HALF_UP */
            rounding: string;
            /** @description Spot purchases recorded against the lot and live in the window, scoped like placements. */
            spotPurchases: components["schemas"]["SpotPurchaseCostDto"][];
            /** Format: date */
            to: string;
        };
        BlanketExtensionDto: {
            additionalPence: number;
            blocked: components["schemas"]["BlockedCallOffDto"][];
            count: number;
            dryRun: boolean;
            /** Format: date */
            extendTo: string;
            extended: components["schemas"]["ExtendedCallOffDto"][];
        };
        BlockedCallOffDto: {
            /** Format: uuid */
            callOffId: string;
            /**
             * @description Why it was not extended: capacity_exhausted, registration_threshold, or the calendar’s refusal.
             * @example capacity_exhausted
             */
            code: string;
            /**
             * Format: date
             * @description capacity_exhausted only: the first day fewer sessions are free than the extension needs.
             */
            firstShortDate?: string;
            /** @description The code and its explanation in words. */
            reason: string;
            reference: string;
        };
        CalendarDto: {
            /** @description The organisation's own years. */
            academicYears: components["schemas"]["AcademicYearDto"][];
            /**
             * @description Years of the England default calendar this organisation falls back to.
             * @example [
             *       "2025-26",
             *       "2027-28"
             *     ]
             */
            defaultYearsUsed: string[];
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: int32
             * @description 0 until the organisation first defines its own calendar.
             */
            version: number;
        };
        CallOffChildDto: {
            /** @description Shown only to the commissioner and the addressed provider. */
            ehcp: boolean | null;
            /** @description Shown only to the commissioner and the addressed provider. */
            lookedAfter: boolean | null;
            /** @description Shown only to the commissioner and the addressed provider. */
            needsSummary: string | null;
            yearGroup: number;
        };
        CallOffDto: {
            /** @description The ranking as it stood: inputs, weights, scores, the rule and the choice. The addressed provider sees its own ranking row only, and no exclusions. Its `justification` (why a lower-ranked provider was chosen) is free text about the child, absent for admin and auditor keys; that one was required shows in `chosenRank`. */
            awardEvidence: components["schemas"]["AwardEvidenceDto"];
            child: components["schemas"]["CallOffChildDto"];
            childRef: string;
            /** Format: uuid */
            commissionerOrganisationId: string;
            /** Format: date-time */
            createdAt: string;
            declineReasonCode: components["schemas"]["DeclineReason"] | (null);
            /** Format: date */
            endDate: string;
            /** Format: date */
            exclusionDate: string | null;
            /** Format: uuid */
            frameworkId: string;
            fullTime: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lotId: string;
            /** Format: date-time */
            offerExpiresAt: string;
            plan: components["schemas"]["CallOffPlanDto"];
            price: components["schemas"]["CallOffPriceDto"];
            /** @description Free text about the child: present only for the commissioner and the addressed provider, absent (not null) for admin and auditor keys. */
            primaryReason?: string;
            /** Format: uuid */
            providerId: string;
            /** @example CO-000123 */
            reference: string;
            /** Format: date-time */
            respondedAt: string | null;
            /** @description The provider's accept or decline note, or the commissioner's withdrawal reason. Free text about the child: present only for the commissioner and the addressed provider, absent (not null) for admin and auditor keys. */
            responseNote?: string | null;
            /** @description For an accepted or active placement: whether its provider is still eligible today. */
            review: components["schemas"]["CallOffReviewDto"] | (never | null);
            /**
             * Format: date
             * @description Shown to the commissioner and the addressed provider only (it implies an EHC plan).
             */
            sendCaseworkerNotifiedAt: string | null;
            /**
             * Format: int32
             * @description Sessions a week of the last period bought; each change of sessions is in variations.
             */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["CallOffStatus"];
            statutoryBasis: components["schemas"]["StatutoryBasis"];
            /** Format: date */
            statutoryDeadline: string | null;
            statutoryDeadlineMet: boolean | null;
            /** Format: date */
            terminatedOn: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every variation, oldest first. A termination’s `details.reason` is free text about the child, absent for admin and auditor keys. */
            variations: components["schemas"]["VariationDto"][];
            version: number;
            warnings: components["schemas"]["WarningDto"][];
        };
        CallOffPageDto: {
            data: components["schemas"]["CallOffSummaryDto"][];
            nextCursor: string | null;
        };
        CallOffPlanDto: {
            nextStep: components["schemas"]["NextStep"];
            /** @description Free text about the child: present only for the commissioner and the addressed provider, absent (not null) for admin and auditor keys. */
            objectives?: string[];
            /** @description Free text about the child: present only for the commissioner and the addressed provider, absent (not null) for admin and auditor keys. */
            reintegrationCriteria?: string | null;
            reviewFrequencyWeeks: number;
        };
        CallOffPriceDto: {
            atRiskPence: number;
            basePence: number;
            byFinancialYear: components["schemas"]["FinancialYearTotalDto"][];
            /** Format: uuid */
            rateCardId: string;
            schoolDays: number;
            totalPence: number;
            unit: components["schemas"]["PricingUnit"];
            unitPricePence: number;
        };
        CallOffReviewDto: {
            reasons: components["schemas"]["ReviewReasonDto"][];
            /** @description The provider is no longer eligible today; the placement continues but needs review. */
            required: boolean;
        };
        /** @enum {string} */
        CallOffStatus: "offered" | "accepted" | "active" | "completed" | "declined" | "withdrawn" | "lapsed" | "terminated";
        CallOffSummaryDto: {
            child: components["schemas"]["CallOffChildDto"];
            childRef: string;
            /** Format: uuid */
            commissionerOrganisationId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            frameworkId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lotId: string;
            /** Format: date-time */
            offerExpiresAt: string;
            price: components["schemas"]["CallOffPriceDto"];
            /** Format: uuid */
            providerId: string;
            /** @example CO-000123 */
            reference: string;
            /**
             * Format: int32
             * @description Sessions a week of the last period bought; each change of sessions is in variations.
             */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["CallOffStatus"];
            statutoryBasis: components["schemas"]["StatutoryBasis"];
            /** Format: date */
            statutoryDeadline: string | null;
            statutoryDeadlineMet: boolean | null;
            /** Format: date */
            terminatedOn: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CapacityDeclarationDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            from: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lotId: string;
            /** Format: uuid */
            providerId: string;
            sessionsPerWeek: number;
            /** Format: date */
            to: string;
        };
        CapacityDto: {
            data: components["schemas"]["ProviderCapacityDto"][];
            /** Format: date */
            from: string;
            /** Format: uuid */
            lotId: string;
            /** Format: date */
            to: string;
        };
        CheckDto: {
            conditions: string | null;
            /** Format: date */
            conditionsDueDate: string | null;
            /** Format: int64 */
            coverPence: number | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The newest check of its type (by verifiedAt, then when recorded). */
            current: boolean;
            evidenceRef: string;
            /**
             * Format: date
             * @description The last valid day.
             */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            outcome: components["schemas"]["CheckOutcome"];
            /** Format: uuid */
            providerId: string;
            type: string;
            /** Format: date */
            verifiedAt: string;
            /**
             * Format: uuid
             * @description The API key that recorded the check.
             */
            verifiedBy: string | null;
        };
        CheckListDto: {
            data: components["schemas"]["CheckDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        CheckOutcome: "pass" | "conditional" | "fail";
        CheckTypeDto: {
            code: string;
            /** Format: int32 */
            defaultValidityMonths: number;
            /** @description all, registered settings only, or only where a lot lists it. */
            mandatory: components["schemas"]["MandatoryScope"];
            /** Format: int64 */
            minimumCoverPence: number | null;
            requiresCover: boolean;
            title: string;
        };
        CheckTypeListDto: {
            data: components["schemas"]["CheckTypeDto"][];
        };
        ChildDto: {
            /** @description Has an education, health and care plan. */
            ehcp: boolean;
            /** @description Is looked after by a local authority. */
            lookedAfter: boolean;
            /** @example Social, emotional and mental health needs; anxiety in large groups. */
            needsSummary?: string;
            /**
             * Format: int32
             * @description National curriculum year (0 = reception).
             * @example 9
             */
            yearGroup: number;
        };
        ClosureDto: {
            /**
             * Format: date
             * @description Last closed day (inclusive).
             * @example 2026-10-30
             */
            end: string;
            /**
             * @description Half term, INSET day, bank holiday, …
             * @example Autumn half term
             */
            reason: string;
            /**
             * Format: date
             * @example 2026-10-26
             */
            start: string;
        };
        CreateApiKeyDto: {
            /** @example Bury AP team case management system */
            label: string;
            /**
             * Format: uuid
             * @description Required for, and only for, commissioner keys.
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description Required for, and only for, provider keys.
             */
            providerId?: string;
            /** @example commissioner */
            role: components["schemas"]["Role"];
        };
        CreateBlanketExtensionDto: {
            /** @description true: report what would change and its value, changing nothing. */
            dryRun: boolean;
            /**
             * Format: date
             * @example 2027-03-31
             */
            extendTo: string;
            providerIds?: string[];
        };
        CreateCallOffDto: {
            child: components["schemas"]["ChildDto"];
            /**
             * @description The commissioner’s own opaque reference. Never a name or UPN.
             * @example BURY-AP-2026-0142
             */
            childRef: string;
            /**
             * Format: date
             * @example 2027-03-31
             */
            endDate: string;
            /**
             * Format: date
             * @description First day of the exclusion.
             * @example 2026-10-22
             */
            exclusionDate?: string;
            /** @description Why a provider other than the top-ranked one was chosen. */
            justification?: string;
            /** @description Where distance is measured from (e.g. the child’s school). */
            location?: components["schemas"]["LocationDto"];
            /** Format: uuid */
            lotId: string;
            plan: components["schemas"]["PlanDto"];
            /** @example Permanent exclusion: persistent disruptive behaviour */
            primaryReason: string;
            /**
             * Format: uuid
             * @description Absent: the top-ranked eligible provider is chosen.
             */
            providerId?: string;
            /**
             * Format: date
             * @description Needed, on or before startDate, when the child has an EHC plan.
             */
            sendCaseworkerNotifiedAt?: string;
            /**
             * Format: int32
             * @example 10
             */
            sessionsPerWeek: number;
            /**
             * Format: date
             * @example 2026-11-09
             */
            startDate: string;
            /** @example s19_permanent_exclusion */
            statutoryBasis: components["schemas"]["StatutoryBasis"];
        };
        CreateCapacityDeclarationDto: {
            /**
             * Format: date
             * @example 2026-09-01
             */
            from: string;
            /** Format: uuid */
            lotId: string;
            /**
             * Format: int32
             * @description 10 sessions = one full-time place.
             * @example 60
             */
            sessionsPerWeek: number;
            /**
             * Format: date
             * @example 2027-07-21
             */
            to: string;
        };
        CreateCheckDto: {
            conditions?: string;
            /** Format: date */
            conditionsDueDate?: string;
            /**
             * Format: int64
             * @description Insurance cover in pence.
             * @example 1000000000
             */
            coverPence?: number;
            /** @example Zurich policy EL-2026-0042 */
            evidenceRef: string;
            /**
             * Format: date
             * @description The last valid day. Defaults to verifiedAt plus the type’s validity months, less one day.
             */
            expiresAt?: string;
            outcome: components["schemas"]["CheckOutcome"];
            /**
             * @description A code from GET /v1/check-types.
             * @example employers_liability_insurance
             */
            type: string;
            /**
             * Format: date
             * @example 2026-09-01
             */
            verifiedAt: string;
        };
        CreateFrameworkDto: {
            /**
             * @description Largest yearly rise in a unit price without an admin override, in %.
             * @example 3
             */
            annualUpliftCapPercent?: string;
            description?: string;
            /**
             * Format: date
             * @example 2031-03-31
             */
            endDate: string;
            /**
             * Format: int64
             * @description Estimated total value in pence, including VAT.
             * @example 400000000
             */
            estimatedValuePence: number;
            /**
             * @description Hours a week that count as full-time education (Education Act 1996 s.463).
             * @example 18
             */
            fullTimeThresholdHours?: string;
            /**
             * @description A live placement costing more than this % above its lot’s p75 price per pupil-day is flagged as high-cost.
             * @default 20
             * @example 20
             */
            highCostThresholdPercent: string;
            /** Format: uuid */
            leadOrganisationId: string;
            /**
             * Format: int32
             * @description Light-touch frameworks only.
             * @default 4
             */
            maxTermYears: number;
            /**
             * Format: int32
             * @description School days a provider has to answer an offer.
             * @default 3
             */
            offerWindowSchoolDays: number;
            /** @description Other organisations entitled to call off. */
            participantOrganisationIds: string[];
            /** @example BURY-AP-2027 */
            reference: string;
            /**
             * Format: date
             * @example 2027-04-01
             */
            startDate: string;
            /** @example Bury Alternative Provision Framework 2027–2031 */
            title: string;
            /** @example light_touch_closed */
            type: components["schemas"]["FrameworkType"];
        };
        CreateLotDto: {
            /**
             * @example [
             *       "direct"
             *     ]
             */
            awardMethods: components["schemas"]["AwardMethod"][];
            /** @example Full-time places for pupils with the highest need, including after permanent exclusion. */
            description: string;
            directAwardWeights: components["schemas"]["DirectAwardWeightsDto"];
            /**
             * @default 3.25
             * @example 3.25
             */
            hoursPerSession: string;
            /**
             * @description Due-diligence check types (GET /v1/check-types) this lot requires on top of the catalogue’s own.
             * @example [
             *       "qa_visit",
             *       "financial_standing"
             *     ]
             */
            mandatoryCheckTypes?: string[];
            /** Format: int32 */
            maxSessionsPerWeek?: number;
            /**
             * Format: int32
             * @example 1
             */
            number: number;
            /**
             * @description Share of the price paid on outcomes, 0–50 %.
             * @example 10
             */
            outcomeAtRiskPercent: string;
            /** @example full_time */
            pathway: components["schemas"]["Pathway"];
            /**
             * Format: int32
             * @description Highest unit price accepted on a rate card, in pence.
             */
            priceCeilingPence?: number;
            /**
             * @example [
             *       "day",
             *       "annual_place"
             *     ]
             */
            pricingUnits: components["schemas"]["PricingUnit"][];
            /** @default false */
            registeredProvidersOnly: boolean;
            /** @example Full-time alternative provision */
            title: string;
        };
        CreateOrganisationDto: {
            /**
             * @description A short unique code, e.g. the DfE LA number or URN.
             * @example LA351
             */
            code?: string;
            /** @example local_authority */
            kind: components["schemas"]["OrganisationKind"];
            /** @example Bury Council */
            name: string;
        };
        CreateProviderDto: {
            /** @example non_school */
            category: components["schemas"]["ProviderCategory"];
            /** @example 1123456 */
            charityNumber?: string;
            /**
             * @description 8 digits, or 2 letters and 6 digits.
             * @example 09876543
             */
            companiesHouseNumber?: string;
            /**
             * Format: email
             * @example referrals@irwellvalley.example
             */
            contactEmail: string;
            description?: string;
            /** @example 53.5933 */
            latitude: number;
            /** @example -2.2967 */
            longitude: number;
            /** @example Irwell Valley Learning Centre */
            name: string;
            /**
             * @description A UK postcode; stored upper case with one space.
             * @example BL9 0EJ
             */
            postcode: string;
            /**
             * Format: int32
             * @description Set by the council; used by direct award.
             * @default 50
             */
            qualityScore: number;
            /** @example unregistered */
            registrationStatus: components["schemas"]["RegistrationStatus"];
            /** @description A small or medium-sized enterprise. */
            sme: boolean;
            /**
             * @description UK provider reference number: 8 digits starting 1.
             * @example 10012345
             */
            ukprn?: string;
            /**
             * @description DfE unique reference number: 6 or 7 digits.
             * @example 105361
             */
            urn?: string;
            /** @description A voluntary, community or social enterprise. */
            vcse: boolean;
        };
        CreateQuoteDto: {
            /**
             * Format: uuid
             * @description Whose school calendar counts the days. A commissioner key defaults to its own organisation.
             */
            commissionerOrganisationId?: string;
            /**
             * Format: date
             * @example 2027-07-21
             */
            endDate: string;
            /** Format: uuid */
            lotId: string;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: int32
             * @description 10 sessions = one full-time place.
             * @example 10
             */
            sessionsPerWeek: number;
            /**
             * Format: date
             * @example 2026-11-02
             */
            startDate: string;
            /** @description Price by this line of the card; by default the first of the lot’s units the card prices. */
            unit?: components["schemas"]["PricingUnit"];
        };
        CreateRateCardDto: {
            /**
             * Format: date
             * @example 2026-09-01
             */
            effectiveFrom: string;
            /**
             * Format: date
             * @example 2027-08-31
             */
            effectiveTo?: string;
            lines: components["schemas"]["RateCardLineInputDto"][];
            /** Format: uuid */
            lotId: string;
        };
        CreateSpotPurchaseDto: {
            /** @description The role that approved the purchase (a role, never a name). */
            approvedBy: components["schemas"]["SpotPurchaseApprover"];
            /** @description The commissioner's opaque reference for the child (never a name, address or UPN). */
            childRef: string;
            /** Format: date */
            endDate: string;
            /**
             * Format: uuid
             * @description The lot the placement compares with.
             */
            lotId?: string;
            /**
             * Format: uuid
             * @description The buying organisation: required for admin; a commissioner may only name its own.
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description A provider known to the service.
             */
            providerId?: string;
            reason: components["schemas"]["SpotPurchaseReason"];
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            /** @description The supplier as named in the ledger, when it is not a provider known to the service. */
            supplierName?: string;
            /** Format: int32 */
            weeklyPricePence: number;
        };
        CreateVariationDto: {
            /**
             * Format: date
             * @description terminate: the last day of the placement.
             */
            effectiveDate?: string;
            /**
             * Format: date
             * @description change_sessions: the first day at the new sessions.
             */
            effectiveFrom?: string;
            kind: components["schemas"]["VariationKind"];
            /**
             * Format: date
             * @description extend: the new end date.
             */
            newEndDate?: string;
            /** @description terminate: why the placement ends early. */
            reason?: string;
            /**
             * Format: int32
             * @description change_sessions: the new sessions per week.
             */
            sessionsPerWeek?: number;
        };
        CreateWebhookSubscriptionDto: {
            /**
             * @example [
             *       "call_off.accepted"
             *     ]
             */
            eventTypes: components["schemas"]["EventType"][];
            /**
             * @description Where to POST events. https only (unless the service allows private targets, for testing).
             * @example https://mis.example.org/ap-exchange/webhooks
             */
            url: string;
        };
        CreatedWebhookSubscriptionDto: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: components["schemas"]["EventType"][];
            /**
             * Format: date-time
             * @description Failing without a success since.
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description The signing secret (Standard Webhooks). Shown only now: store it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            status: components["schemas"]["WebhookSubscriptionStatus"];
            url: string;
        };
        DeclineCallOffDto: {
            note?: string;
            reasonCode: components["schemas"]["DeclineReason"];
        };
        /** @enum {string} */
        DeclineReason: "no_capacity" | "needs_not_met" | "location" | "risk" | "other";
        DirectAwardWeightsDto: {
            /**
             * Format: int32
             * @example 20
             */
            distance: number;
            /**
             * Format: int32
             * @example 40
             */
            price: number;
            /**
             * Format: int32
             * @example 40
             */
            quality: number;
        };
        DirectoryDto: {
            /** @description Every lot open today, for filtering. */
            availableLots: components["schemas"]["DirectoryLotDto"][];
            data: components["schemas"]["DirectoryEntryDto"][];
            /** Format: date */
            date: string;
        };
        DirectoryEntryDto: {
            category: components["schemas"]["ProviderCategory"];
            description: string | null;
            /** @description The lots the provider is eligible for today. */
            lots: components["schemas"]["DirectoryLotDto"][];
            name: string;
            /**
             * @description The postcode district only; never the full postcode.
             * @example BL9
             */
            postcodeDistrict: string;
            /** Format: uuid */
            providerId: string;
            registrationStatus: components["schemas"]["RegistrationStatus"];
            sme: boolean;
            urn: string | null;
            vcse: boolean;
        };
        DirectoryLotDto: {
            frameworkReference: string;
            frameworkTitle: string;
            /** Format: uuid */
            lotId: string;
            /** Format: int32 */
            number: number;
            title: string;
        };
        /** @enum {string} */
        DirectoryStatus: "applied" | "approved" | "conditionally_approved" | "suspended" | "removed";
        EligibilityDto: {
            /** Format: date */
            date: string;
            eligible: boolean;
            /** Format: uuid */
            lotId: string;
            /** Format: uuid */
            providerId: string;
            reasons: components["schemas"]["EligibilityReasonDto"][];
        };
        /** @enum {string} */
        EligibilityReasonCode: "not_approved" | "not_member" | "membership_suspended" | "check_missing" | "check_expired" | "check_failed" | "unregistered_for_registered_lot";
        EligibilityReasonDto: {
            code: components["schemas"]["EligibilityReasonCode"];
            /** @description For check reasons, the check type code. */
            detail: string;
        };
        /**
         * @example validation_failed
         * @enum {string}
         */
        ErrorCode: "bad_request" | "calendar_missing" | "capacity_exhausted" | "checks_not_satisfied" | "child_ref_looks_like_upn" | "database_unavailable" | "direct_award_not_allowed" | "duplicate_framework_reference" | "duplicate_lot_member" | "duplicate_lot_number" | "duplicate_organisation_code" | "duplicate_provider_ukprn" | "duplicate_provider_urn" | "effective_date_out_of_range" | "exclusion_date_required" | "extension_not_later" | "forbidden" | "framework_has_no_lots" | "framework_not_active" | "framework_not_draft" | "framework_term_too_long" | "idempotency_key_required" | "idempotency_key_reused" | "idempotency_request_in_progress" | "insurance_cover_too_low" | "internal_error" | "invalid_cursor" | "invalid_idempotency_key" | "invalid_if_match" | "invalid_transition" | "justification_required" | "lot_not_found" | "malformed_json" | "method_not_allowed" | "migrations_pending" | "no_eligible_provider" | "no_rate_card" | "not_entitled" | "not_found" | "organisation_not_found" | "payload_too_large" | "plan_incomplete" | "precondition_failed" | "precondition_required" | "price_above_ceiling" | "provider_ineligible" | "provider_not_approved" | "provider_not_found" | "rate_card_overlaps_later_card" | "rate_limited" | "registration_threshold" | "scope_not_allowed" | "scope_required" | "send_caseworker_not_notified" | "service_busy" | "sessions_above_lot_maximum" | "transient_failure" | "unauthenticated" | "unit_not_allowed" | "unit_not_on_rate_card" | "unknown_check_type" | "unregistered_for_registered_lot" | "unsupported_media_type" | "uplift_above_cap" | "validation_failed";
        EventDto: {
            /** Format: uuid */
            commissionerOrganisationId: string | null;
            /** Format: uuid */
            frameworkId: string | null;
            /**
             * Format: uuid
             * @description UUIDv7: sortable by time; the webhook payload carries the same id.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description What every reader of the event sees. */
            payload: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            providerId: string | null;
            /** @description Children’s special-category data (EHC plan, looked after, needs, free text); present only for the commissioner organisation and the provider the event names. */
            restricted?: {
                [key: string]: unknown;
            };
            subject: components["schemas"]["EventSubjectDto"];
            type: components["schemas"]["EventType"];
        };
        EventFeedDto: {
            data: components["schemas"]["EventDto"][];
            /** @description Pass as `after` to read on. Present even on an empty page: poll with it to tail the feed. */
            nextCursor: string;
        };
        EventSubjectDto: {
            /** Format: uuid */
            id: string;
            /** @example call_off */
            type: string;
            /**
             * Format: int32
             * @description The subject’s version after the change.
             */
            version: number | null;
        };
        /** @enum {string} */
        EventType: "call_off.offered" | "call_off.accepted" | "call_off.declined" | "call_off.withdrawn" | "call_off.lapsed" | "call_off.varied" | "call_off.terminated" | "blanket_extension.run" | "provider.directory_status_changed" | "lot_membership.suspended" | "lot_membership.reinstated" | "check.recorded" | "check.expiring" | "rate_card.submitted" | "rate_card.approved" | "rate_card.rejected" | "capacity.declared" | "framework.activated" | "webhook_subscription.disabled" | "attendance.absence_recorded" | "attendance.marks_missing" | "review.recorded" | "review.overdue" | "outcome_rule.created" | "outcome_claim.submitted" | "outcome_claim.verified" | "outcome_claim.rejected" | "invoice.submitted" | "invoice.approved" | "invoice.disputed" | "invoice.paid" | "spend_import.recorded" | "spot_purchase.recorded" | "budget.set" | "budget.threshold_crossed";
        ExcludedProviderDto: {
            name: string;
            /** Format: uuid */
            providerId: string;
            reasons: components["schemas"]["ReasonDto"][];
        };
        ExtendedCallOffDto: {
            additionalPence: number;
            /** Format: uuid */
            callOffId: string;
            /** Format: date */
            currentEndDate: string;
            /** Format: date */
            newEndDate: string;
            /** Format: uuid */
            providerId: string;
            reference: string;
        };
        FinancialYearPartDto: {
            /** @example 2026-27 */
            financialYear: string;
            schoolDays: number;
            totalPence: number;
        };
        FinancialYearSchoolDaysDto: {
            /**
             * @description 1 April to 31 March.
             * @example 2026-27
             */
            financialYear: string;
            /** Format: int32 */
            schoolDays: number;
        };
        FinancialYearTotalDto: {
            financialYear: string;
            schoolDays: number;
            totalPence: number;
        };
        FrameworkDto: {
            /** Format: date-time */
            activatedAt: string | null;
            annualUpliftCapPercent: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date */
            endDate: string;
            estimatedValuePence: number;
            fullTimeThresholdHours: string;
            highCostThresholdPercent: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            leadOrganisationId: string;
            /** @description The longest term this framework may run: 4 years closed, 8 open, its own for light touch. */
            maxTermYears: number;
            offerWindowSchoolDays: number;
            participantOrganisationIds: string[];
            reference: string;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["FrameworkStatus"];
            title: string;
            type: components["schemas"]["FrameworkType"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        FrameworkPageDto: {
            data: components["schemas"]["FrameworkDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        FrameworkStatus: "draft" | "active" | "expired" | "terminated";
        /** @enum {string} */
        FrameworkType: "closed" | "open" | "light_touch_closed" | "light_touch_open";
        HealthDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        HighCostPlacementDto: {
            /**
             * @description Above p75, in %, 1 dp.
             * @example 37.5
             */
            aboveP75Percent: string | null;
            /** @description Cheaper providers eligible on the lot with capacity for the rest of the placement, best ranked first (the ranking GET /v1/lots/{lotId}/matches gives). */
            alternatives: components["schemas"]["AlternativeDto"][];
            /** Format: uuid */
            callOffId: string;
            /** Format: uuid */
            commissionerOrganisationId: string;
            /** Format: date */
            endDate: string;
            /**
             * Format: int64
             * @description p75 × (100 + threshold) ÷ 100: a placement above it is flagged.
             */
            highCostLinePencePerPupilDay: number | null;
            /**
             * Format: int64
             * @description The lot’s p75 price per pupil-day today.
             */
            lotP75PencePerPupilDay: number | null;
            /** Format: int64 */
            pencePerPupilDay: number;
            /** Format: int64 */
            priceCeilingPence: number | null;
            /** Format: uuid */
            providerId: string;
            reasons: components["schemas"]["HighCostReason"][];
            /** @example CO-000123 */
            reference: string;
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            /**
             * @description The framework’s highCostThresholdPercent.
             * @example 20
             */
            thresholdPercent: string;
            unit: components["schemas"]["PricingUnit"];
            /** Format: int64 */
            unitPricePence: number;
        };
        HighCostPlacementPageDto: {
            data: components["schemas"]["HighCostPlacementDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        HighCostReason: "above_p75_threshold" | "above_ceiling";
        IssuedApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The key itself. It is shown only in this response and cannot be recovered. */
            key: string;
            label: string;
            /** Format: uuid */
            organisationId: string | null;
            prefix: string;
            /** Format: uuid */
            providerId: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            role: components["schemas"]["Role"];
        };
        LocationDto: {
            /** @example 53.5933 */
            latitude: number;
            /** @example -2.2966 */
            longitude: number;
        };
        LotDto: {
            awardMethods: components["schemas"]["AwardMethod"][];
            /** Format: date-time */
            createdAt: string;
            description: string;
            directAwardWeights: components["schemas"]["DirectAwardWeightsDto"];
            /** Format: uuid */
            frameworkId: string;
            hoursPerSession: string;
            /** Format: uuid */
            id: string;
            mandatoryCheckTypes: string[];
            maxSessionsPerWeek: number | null;
            number: number;
            outcomeAtRiskPercent: string;
            pathway: components["schemas"]["Pathway"];
            priceCeilingPence: number | null;
            pricingUnits: components["schemas"]["PricingUnit"][];
            registeredProvidersOnly: boolean;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        LotMemberDto: {
            /** Format: date-time */
            admittedAt: string;
            /** Format: uuid */
            lotId: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            status: components["schemas"]["MembershipStatus"];
            statusReason: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            version: number;
        };
        LotMemberListDto: {
            data: components["schemas"]["LotMemberDto"][];
            nextCursor: string | null;
        };
        LotPageDto: {
            data: components["schemas"]["LotDto"][];
            nextCursor: string | null;
        };
        /**
         * @description all, registered settings only, or only where a lot lists it.
         * @enum {string}
         */
        MandatoryScope: "all" | "registered" | "lot";
        MatchDto: {
            availableSessionsPerWeek: number;
            inputs: components["schemas"]["MatchInputsDto"];
            name: string;
            /** Format: uuid */
            providerId: string;
            quote: components["schemas"]["MatchQuoteDto"];
            rank: number;
            /** @description Whether the provider is a registered setting (Education Act 1996 s.463). */
            registered: boolean;
            score: number;
            scores: components["schemas"]["MatchScoresDto"];
        };
        MatchInputsDto: {
            distanceKm: number | null;
            qualityScore: number;
            totalPence: number;
        };
        MatchQuoteDto: {
            /** Format: uuid */
            rateCardId: string;
            totalPence: number;
            unit: components["schemas"]["PricingUnit"];
            unitPricePence: number;
        };
        MatchScoresDto: {
            distance: number | null;
            price: number;
            quality: number;
        };
        MatchesDto: {
            /** Format: date */
            endDate: string;
            excluded: components["schemas"]["ExcludedProviderDto"][];
            /** Format: uuid */
            lotId: string;
            matches: components["schemas"]["MatchDto"][];
            rule: string;
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            weights: components["schemas"]["WeightsDto"];
            weightsApplied: components["schemas"]["WeightsDto"];
        };
        MembershipReasonDto: {
            /** @example Safeguarding concern under investigation. */
            reason: string;
        };
        /** @enum {string} */
        MembershipStatus: "active" | "suspended" | "removed";
        /** @enum {string} */
        NextStep: "reintegration" | "post16_destination" | "specialist_placement" | "other";
        NthSchoolDayDto: {
            /**
             * Format: date
             * @example 2026-11-09
             */
            date: string;
            /** Format: date */
            from: string;
            /** Format: int32 */
            n: number;
        };
        OrganisationDto: {
            code: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            name: string;
            version: number;
        };
        /** @enum {string} */
        OrganisationKind: "local_authority" | "school";
        OrganisationPageDto: {
            data: components["schemas"]["OrganisationDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        Pathway: "full_time" | "targeted_blended" | "vocational_therapeutic_complementary";
        PlacementAggregateDto: {
            /** Format: int32 */
            count: number | null;
            /** Format: int64 */
            medianPencePerPupilDay: number | null;
            /** Format: int64 */
            p25PencePerPupilDay: number | null;
            /** Format: int64 */
            p75PencePerPupilDay: number | null;
            purchase: components["schemas"]["PurchaseRoute"];
            /** @description all placements; the caller’s own organisation’s; or other organisations’ (aggregates only). */
            scope: components["schemas"]["AggregateScope"];
            /** @description Fewer than 5 placements of other organisations: nothing is shown, so no child’s cost can be inferred. */
            suppressed: boolean;
        };
        PlacementCostDto: {
            /** Format: uuid */
            callOffId: string;
            /** Format: uuid */
            commissionerOrganisationId: string;
            /** Format: date */
            endDate: string;
            /**
             * Format: int64
             * @description Pence per pupil-day: session × 2; day as it is; week ÷ 5; hour × the lot’s hours per session × 2; annual place ÷ the school days of its academic year in the commissioner’s calendar. Exact, then rounded once, half up.
             */
            pencePerPupilDay: number;
            /** Format: int32 */
            percentileRank: number | null;
            /** Format: uuid */
            providerId: string;
            /** Format: int32 */
            quartile: number | null;
            /** @example CO-000123 */
            reference: string;
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            unit: components["schemas"]["PricingUnit"];
            /** Format: int64 */
            unitPricePence: number;
        };
        PlanDto: {
            /** @example reintegration */
            nextStep: components["schemas"]["NextStep"];
            /**
             * @example [
             *       "Re-engage with English and maths to GCSE entry",
             *       "Attend at least 90% of sessions"
             *     ]
             */
            objectives: string[];
            /** @example Attendance above 90% for six weeks and a successful trial day at the receiving school. */
            reintegrationCriteria?: string;
            /**
             * Format: int32
             * @example 6
             */
            reviewFrequencyWeeks: number;
        };
        PriceLineDto: {
            /**
             * Format: int64
             * @description Pence per pupil-day: session × 2; day as it is; week ÷ 5; hour × the lot’s hours per session × 2; annual place ÷ the school days of its academic year in the commissioner’s calendar. Exact, then rounded once, half up.
             */
            pencePerPupilDay: number;
            unit: components["schemas"]["PricingUnit"];
            /** Format: int64 */
            unitPricePence: number;
        };
        PriceSummaryDto: {
            /** Format: int32 */
            count: number;
            /** Format: int64 */
            maxPencePerPupilDay: number | null;
            /** Format: int64 */
            medianPencePerPupilDay: number | null;
            /**
             * Format: int64
             * @description Pence per pupil-day: session × 2; day as it is; week ÷ 5; hour × the lot’s hours per session × 2; annual place ÷ the school days of its academic year in the commissioner’s calendar. Exact, then rounded once, half up.
             */
            minPencePerPupilDay: number | null;
            /** Format: int64 */
            p25PencePerPupilDay: number | null;
            /** Format: int64 */
            p75PencePerPupilDay: number | null;
        };
        /** @enum {string} */
        PricingUnit: "session" | "day" | "week" | "hour" | "annual_place";
        /** @description An RFC 9457 problem. `code` is stable; switch on it, not on `title` or `detail`. */
        Problem: {
            /** @description unit_not_allowed. */
            allowedUnits?: string[];
            /** @description direct_award_not_allowed: the methods the lot allows. */
            awardMethods?: string[];
            /** @description uplift_above_cap: each unit whose price rises by more than the cap. */
            breaches?: {
                /** Format: int64 */
                currentPencePerUnit: number;
                /** Format: int64 */
                proposedPencePerUnit: number;
                unit: string;
            }[];
            code: components["schemas"]["ErrorCode"];
            /**
             * Format: int64
             * @description insurance_cover_too_low.
             */
            coverPence?: number;
            /** @description invalid_transition: the status the record is in. */
            currentStatus?: string;
            /**
             * Format: int32
             * @description precondition_failed: the version to send in If-Match.
             */
            currentVersion?: number;
            /**
             * Format: date
             * @description registration_threshold: the day the line is crossed.
             */
            date?: string;
            /** @example The request has 1 invalid field. */
            detail: string;
            /** @description provider_not_approved. */
            directoryStatus?: string;
            /** @description validation_failed: each invalid field, by its path. */
            errors?: {
                /** @example endDate */
                field: string;
                message: string;
            }[];
            /** @description no_eligible_provider: every member of the lot and why it cannot take the placement. */
            excluded?: components["schemas"]["ExcludedProviderDto"][];
            /** @description checks_not_satisfied: each mandatory check missing, failed or expired. */
            failures?: {
                checkType: string;
                /** @enum {string} */
                problem: "missing" | "failed" | "expired";
            }[];
            /**
             * Format: date
             * @description capacity_exhausted: the first day too few sessions are free.
             */
            firstShortDate?: string;
            /**
             * Format: date
             * @description framework_not_active.
             */
            frameworkEndDate?: string;
            /**
             * Format: date
             * @description framework_not_active.
             */
            frameworkStartDate?: string;
            /**
             * Format: date
             * @description framework_term_too_long.
             */
            latestEndDate?: string;
            /**
             * Format: int32
             * @description sessions_above_lot_maximum.
             */
            maxSessionsPerWeek?: number;
            /**
             * Format: int32
             * @description framework_term_too_long.
             */
            maxYears?: number;
            /**
             * Format: int64
             * @description insurance_cover_too_low.
             */
            minimumCoverPence?: number;
            /**
             * Format: int64
             * @description price_above_ceiling.
             */
            priceCeilingPence?: number | null;
            /**
             * Format: int32
             * @description justification_required: the named provider’s rank (null when it cannot be ranked).
             */
            rank?: number | null;
            /** @description provider_ineligible: why, as in the eligibility endpoint. */
            reasons?: {
                code: string;
                detail: string;
            }[];
            /** @example 0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11 */
            requestId: string;
            /**
             * Format: int32
             * @description rate_limited, transient_failure, service_busy (also Retry-After).
             */
            retryAfterSeconds?: number;
            /**
             * Format: int32
             * @example 400
             */
            status: number;
            /** @example Invalid input */
            title: string;
            /**
             * Format: uuid
             * @description justification_required.
             */
            topProviderId?: string;
            /** @example urn:ap-exchange:problem:validation_failed */
            type: string;
            /** @description unit_not_allowed, price_above_ceiling: the units concerned. */
            units?: string[];
            /** @description unknown_check_type: the codes that are not check types. */
            unknown?: string[];
            /** @description calendar_missing: the academic years no calendar covers. */
            years?: string[];
        };
        ProviderCapacityDto: {
            intervals: components["schemas"]["AvailabilityIntervalDto"][];
            /** Format: date-time */
            lastConfirmedAt: string | null;
            /** Format: uuid */
            providerId: string;
            /** @description No declaration on this lot for 14 days. */
            stale: boolean;
        };
        /** @enum {string} */
        ProviderCategory: "ap_academy" | "pru" | "independent_school" | "special_school" | "mainstream_school" | "fe_college" | "non_school" | "tuition" | "online";
        ProviderDto: {
            category: components["schemas"]["ProviderCategory"];
            charityNumber: string | null;
            companiesHouseNumber: string | null;
            contactEmail: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            directoryStatus: components["schemas"]["DirectoryStatus"];
            /** Format: uuid */
            id: string;
            latitude: number;
            longitude: number;
            name: string;
            postcode: string;
            /** Format: int32 */
            qualityScore: number;
            registrationStatus: components["schemas"]["RegistrationStatus"];
            sme: boolean;
            statusHistory: components["schemas"]["StatusChangeDto"][];
            ukprn: string | null;
            /** Format: date-time */
            updatedAt: string;
            urn: string | null;
            vcse: boolean;
            /** Format: int32 */
            version: number;
        };
        ProviderPageDto: {
            data: components["schemas"]["ProviderDto"][];
            nextCursor: string | null;
        };
        ProviderPriceDto: {
            /** @description The unit price is above the lot’s price ceiling. */
            aboveCeiling: boolean;
            lines: components["schemas"]["PriceLineDto"][];
            name: string | null;
            /**
             * Format: int64
             * @description Pence per pupil-day: session × 2; day as it is; week ÷ 5; hour × the lot’s hours per session × 2; annual place ÷ the school days of its academic year in the commissioner’s calendar. Exact, then rounded once, half up.
             */
            pencePerPupilDay: number;
            /**
             * Format: int32
             * @description Mid-rank percentile among the lot’s prices: 100 × (below + ½ equal) ÷ count, half up.
             */
            percentileRank: number;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: int32
             * @description 1 at or below p25, 2 at or below the median, 3 at or below p75, 4 above p75.
             */
            quartile: number;
            /** Format: uuid */
            rateCardId: string;
            /** @description The line a placement on this lot is priced by (the lot’s first unit the card prices). */
            unit: components["schemas"]["PricingUnit"];
            /** Format: int64 */
            unitPricePence: number;
        };
        /** @enum {string} */
        PurchaseRoute: "framework" | "spot";
        PutCalendarDto: {
            /** @description The organisation's own academic years; they replace every year it defined before. Years left out use the England default. */
            academicYears: components["schemas"]["AcademicYearDto"][];
        };
        QuoteCalendarDto: {
            defaultYears: string[];
            /** Format: uuid */
            organisationId: string | null;
            ownYears: string[];
        };
        QuoteDto: {
            atRiskPence: number;
            basePence: number;
            byFinancialYear: components["schemas"]["FinancialYearPartDto"][];
            calendar: components["schemas"]["QuoteCalendarDto"];
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            lotId: string;
            outcomeAtRiskPercent: string;
            /** Format: uuid */
            providerId: string;
            /**
             * @description Quantity of the charged unit, for display (4 dp).
             * @example 188
             */
            quantity: string;
            /** Format: uuid */
            rateCardId: string;
            schoolDays: number;
            /**
             * @description Sessions over the placement, exact (may be fractional).
             * @example 376
             */
            sessions: string;
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            totalPence: number;
            unit: components["schemas"]["PricingUnit"];
            unitPricePence: number;
            weeklyPricePence: number;
        };
        RankingEntryDto: {
            inputs: components["schemas"]["MatchInputsDto"];
            /** Format: uuid */
            providerId: string;
            /** Format: int32 */
            rank: number;
            score: number;
            scores: components["schemas"]["MatchScoresDto"];
        };
        RateCardDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo: string | null;
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["RateCardLineDto"][];
            /** Format: uuid */
            lotId: string;
            /** Format: uuid */
            providerId: string;
            status: components["schemas"]["RateCardStatus"];
            upliftOverrideReason: string | null;
            version: number;
        };
        RateCardLineDto: {
            description: string | null;
            pricePence: number;
            unit: components["schemas"]["PricingUnit"];
        };
        RateCardLineInputDto: {
            /** @example Full day, small group, transport not included */
            description?: string;
            /**
             * Format: int32
             * @description Price of one unit in pence.
             * @example 18500
             */
            pricePence: number;
            /** @example day */
            unit: components["schemas"]["PricingUnit"];
        };
        RateCardPageDto: {
            data: components["schemas"]["RateCardDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        RateCardStatus: "submitted" | "approved" | "rejected";
        ReasonDto: {
            code: string;
            detail: string;
            /**
             * Format: date
             * @description capacity_exhausted only: the first day fewer sessions are free than the placement needs.
             */
            firstShortDate?: string;
        };
        /** @enum {string} */
        RegistrationStatus: "registered" | "unregistered";
        RejectRateCardDto: {
            /** @example Day rate above the lot ceiling agreed at award */
            reason: string;
        };
        ReviewReasonDto: {
            code: string;
            detail: string;
        };
        /** @enum {string} */
        Role: "admin" | "commissioner" | "provider" | "auditor";
        RotatedSecretDto: {
            /**
             * Format: date-time
             * @description Until then every delivery carries a signature with the old secret as well as the new.
             */
            previousSecretExpiresAt: string;
            /** @description The new signing secret, shown only now. */
            secret: string;
        };
        SchoolDaysDto: {
            /** @description Every academic year the range touches, in order. */
            byAcademicYear: components["schemas"]["AcademicYearSchoolDaysDto"][];
            /** @description Every financial year the range touches, in order. */
            byFinancialYear: components["schemas"]["FinancialYearSchoolDaysDto"][];
            /** Format: date */
            from: string;
            /** Format: int32 */
            schoolDays: number;
            /** Format: date */
            to: string;
        };
        SetDirectoryStatusDto: {
            /** @example All mandatory checks passed at the July 2026 panel. */
            reason: string;
            status: components["schemas"]["TargetDirectoryStatus"];
        };
        /**
         * @description The role that approved the purchase (a role, never a name).
         * @enum {string}
         */
        SpotPurchaseApprover: "head_of_service" | "director_of_childrens_services" | "send_manager" | "commissioning_manager" | "finance_manager" | "headteacher";
        SpotPurchaseCostDto: {
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: int64
             * @description The weekly price per pupil-day for its sessions: weekly × 2 ÷ sessions per week.
             */
            pencePerPupilDay: number;
            /** Format: int32 */
            percentileRank: number | null;
            /** Format: uuid */
            providerId: string | null;
            /** Format: int32 */
            quartile: number | null;
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: uuid */
            spotPurchaseId: string;
            /** Format: date */
            startDate: string;
            supplierName: string | null;
            /** Format: int64 */
            weeklyPricePence: number;
        };
        SpotPurchaseDto: {
            approvedBy: components["schemas"]["SpotPurchaseApprover"];
            /** @description Only the buying organisation sees it; null for everyone else. */
            childRef: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lotId: string | null;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            providerId: string | null;
            reason: components["schemas"]["SpotPurchaseReason"];
            /** Format: int32 */
            sessionsPerWeek: number;
            /** Format: date */
            startDate: string;
            supplierName: string | null;
            /** Format: int64 */
            version: number;
            /** Format: int64 */
            weeklyPricePence: number;
        };
        SpotPurchasePageDto: {
            data: components["schemas"]["SpotPurchaseDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        SpotPurchaseReason: "no_framework_capacity" | "needs_not_met_by_framework" | "emergency" | "other";
        StatusChangeDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            byKeyId: string | null;
            reason: string;
            status: components["schemas"]["DirectoryStatus"];
        };
        /** @enum {string} */
        StatutoryBasis: "s19_permanent_exclusion" | "s19_illness" | "s19_other" | "school_suspension" | "school_directed_offsite" | "post16";
        /** @enum {string} */
        TargetDirectoryStatus: "approved" | "conditionally_approved" | "suspended" | "removed";
        TermDto: {
            /**
             * Format: date
             * @description Last day of the term (inclusive).
             * @example 2026-12-18
             */
            end: string;
            /** @example Autumn */
            name: string;
            /**
             * Format: date
             * @description First day of the term.
             * @example 2026-09-03
             */
            start: string;
        };
        UpdateFrameworkDto: {
            /**
             * @description Largest yearly rise in a unit price without an admin override, in %.
             * @example 3
             */
            annualUpliftCapPercent?: string;
            description?: string;
            /**
             * Format: date
             * @example 2031-03-31
             */
            endDate?: string;
            /**
             * Format: int64
             * @description Estimated total value in pence, including VAT.
             * @example 400000000
             */
            estimatedValuePence?: number;
            /**
             * @description Hours a week that count as full-time education (Education Act 1996 s.463).
             * @example 18
             */
            fullTimeThresholdHours?: string;
            /**
             * @description A live placement costing more than this % above its lot’s p75 price per pupil-day is flagged as high-cost.
             * @default 20
             * @example 20
             */
            highCostThresholdPercent: string;
            /**
             * Format: int32
             * @description Light-touch frameworks only.
             * @default 4
             */
            maxTermYears: number;
            /**
             * Format: int32
             * @description School days a provider has to answer an offer.
             * @default 3
             */
            offerWindowSchoolDays: number;
            /** @description Other organisations entitled to call off. */
            participantOrganisationIds?: string[];
            /**
             * Format: date
             * @example 2027-04-01
             */
            startDate?: string;
            /** @example Bury Alternative Provision Framework 2027–2031 */
            title?: string;
            /** @example light_touch_closed */
            type?: components["schemas"]["FrameworkType"];
        };
        UpdateLotDto: {
            /**
             * @example [
             *       "direct"
             *     ]
             */
            awardMethods?: components["schemas"]["AwardMethod"][];
            /** @example Full-time places for pupils with the highest need, including after permanent exclusion. */
            description?: string;
            directAwardWeights?: components["schemas"]["DirectAwardWeightsDto"];
            /**
             * @default 3.25
             * @example 3.25
             */
            hoursPerSession: string;
            /**
             * @description Due-diligence check types (GET /v1/check-types) this lot requires on top of the catalogue’s own.
             * @example [
             *       "qa_visit",
             *       "financial_standing"
             *     ]
             */
            mandatoryCheckTypes?: string[];
            /** Format: int32 */
            maxSessionsPerWeek?: number;
            /**
             * Format: int32
             * @example 1
             */
            number?: number;
            /**
             * @description Share of the price paid on outcomes, 0–50 %.
             * @example 10
             */
            outcomeAtRiskPercent?: string;
            /** @example full_time */
            pathway?: components["schemas"]["Pathway"];
            /**
             * Format: int32
             * @description Highest unit price accepted on a rate card, in pence.
             */
            priceCeilingPence?: number;
            /**
             * @example [
             *       "day",
             *       "annual_place"
             *     ]
             */
            pricingUnits?: components["schemas"]["PricingUnit"][];
            /** @default false */
            registeredProvidersOnly: boolean;
            /** @example Full-time alternative provision */
            title?: string;
        };
        UpdateProviderDto: {
            /** @example non_school */
            category?: components["schemas"]["ProviderCategory"];
            /** @example 1123456 */
            charityNumber?: string;
            /**
             * @description 8 digits, or 2 letters and 6 digits.
             * @example 09876543
             */
            companiesHouseNumber?: string;
            /**
             * Format: email
             * @example referrals@irwellvalley.example
             */
            contactEmail?: string;
            description?: string;
            /** @example 53.5933 */
            latitude?: number;
            /** @example -2.2967 */
            longitude?: number;
            /** @example Irwell Valley Learning Centre */
            name?: string;
            /**
             * @description A UK postcode; stored upper case with one space.
             * @example BL9 0EJ
             */
            postcode?: string;
            /**
             * Format: int32
             * @description Set by the council; used by direct award.
             * @default 50
             */
            qualityScore: number;
            /** @example unregistered */
            registrationStatus?: components["schemas"]["RegistrationStatus"];
            /** @description A small or medium-sized enterprise. */
            sme?: boolean;
            /**
             * @description UK provider reference number: 8 digits starting 1.
             * @example 10012345
             */
            ukprn?: string;
            /**
             * @description DfE unique reference number: 6 or 7 digits.
             * @example 105361
             */
            urn?: string;
            /** @description A voluntary, community or social enterprise. */
            vcse?: boolean;
        };
        VariationDetailsDto: {
            /**
             * Format: date
             * @description terminate: the last day of the placement.
             */
            effectiveDate?: string;
            /**
             * Format: date
             * @description change_sessions: the first day at them.
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description blanket_extension: the date extended to.
             */
            extendTo?: string;
            /**
             * Format: date
             * @description extend: the new end date.
             */
            newEndDate?: string;
            /**
             * Format: int32
             * @description change_sessions: the sessions a week before.
             */
            previousSessionsPerWeek?: number;
            /** @description terminate: why the placement ends early. */
            reason?: string;
            /**
             * Format: int32
             * @description change_sessions: the new sessions a week.
             */
            sessionsPerWeek?: number;
        };
        VariationDto: {
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description The API key that made it.
             */
            byKeyId: string | null;
            details: components["schemas"]["VariationDetailsDto"];
            /** @enum {string} */
            kind: "extend" | "change_sessions" | "terminate" | "blanket_extension";
            newTotalPence: number;
            /** Format: date */
            previousEndDate: string;
            previousTotalPence: number;
        };
        /** @enum {string} */
        VariationKind: "extend" | "change_sessions" | "terminate";
        WarningDto: {
            code: string;
            detail: string;
        };
        WebhookDeliveryDto: {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            eventId: string;
            eventType: components["schemas"]["EventType"];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            /** Format: int32 */
            lastResponseCode: number | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description The webhook-id header the receiver sees on every attempt. */
            webhookId: string;
        };
        WebhookDeliveryListDto: {
            data: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        WebhookSubscriptionDto: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: components["schemas"]["EventType"][];
            /**
             * Format: date-time
             * @description Failing without a success since.
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["WebhookSubscriptionStatus"];
            url: string;
        };
        WebhookSubscriptionListDto: {
            data: components["schemas"]["WebhookSubscriptionDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookSubscriptionStatus: "active" | "disabled";
        WeightsDto: {
            distance: number;
            price: number;
            quality: number;
        };
        WithdrawCallOffDto: {
            /** @example Child placed in a specialist school instead */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description IETF RateLimit header: the requests left in the current window and the seconds until it resets. Absent where rate limiting is turned off. */
        RateLimit: string;
        /** @description IETF RateLimit-Policy header: the quota and its window in seconds. Absent where rate limiting is turned off. */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before sending the request again. */
        "Retry-After": number;
        /** @description The request id: the caller’s own X-Request-Id when short and plain, otherwise a new UUID. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The health status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The health status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The api key list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description Created: the issued api key. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKeyDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The scope does not fit the role, or names no organisation or provider (scope_required, scope_not_allowed, organisation_not_found, provider_not_found) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "scope_required",
                     *       "detail": "The scope does not fit the role, or names no organisation or provider",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Key scope required",
                     *       "type": "urn:ap-exchange:problem:scope_required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the api key as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only entries about this record. */
                subjectId?: string;
                /** @description Only entries after this chain position (seq): follow the log from a position you hold. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audits; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit head. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHeadDto"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: {
                /** @description A notarised head’s size: with headHash, also checks that entry `size` still has that hash. */
                size?: number;
                /** @description A notarised head’s hash. */
                headHash?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit verification. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCallOffs: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: components["schemas"]["CallOffStatus"];
                lotId?: string;
                providerId?: string;
                commissionerOrganisationId?: string;
                startFrom?: string;
                startTo?: string;
                statutoryDeadlineMet?: boolean;
                /** @description Only call-offs changed at or after this instant (their updatedAt). Pass the same value with each cursor: a call-off changed while you page still matches, so none that matched when you began is missed. */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of call-offs; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCallOff: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. A call-off keeps its key for good, for every API key of the organisation: the same request later is answered with that call-off, another with 409. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallOffDto"];
            };
        };
        responses: {
            /** @description Created: the call-off. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The address of the created resource. */
                    Location: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider has too few free sessions on some day of the placement (capacity_exhausted); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "capacity_exhausted",
                     *       "detail": "The provider has too few free sessions on some day of the placement",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Capacity exhausted",
                     *       "type": "urn:ap-exchange:problem:capacity_exhausted"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement breaks a rule of the framework, the lot, the statutory guidance or the Education Act 1996 s.463 (provider_ineligible, no_eligible_provider, justification_required, registration_threshold, child_ref_looks_like_upn, plan_incomplete, send_caseworker_not_notified, exclusion_date_required, sessions_above_lot_maximum, direct_award_not_allowed, not_entitled, lot_not_found, framework_not_active, price_above_ceiling, no_rate_card, calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "provider_ineligible",
                     *       "detail": "The placement breaks a rule of the framework, the lot, the statutory guidance or the Education Act 1996 s.463",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Provider ineligible",
                     *       "type": "urn:ap-exchange:problem:provider_ineligible"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCallOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call-off. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptCallOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCallOffDto"];
            };
        };
        responses: {
            /** @description Done: the call-off as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call-off is not offered (any more) (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The call-off is not offered (any more)",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineCallOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineCallOffDto"];
            };
        };
        responses: {
            /** @description Done: the call-off as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call-off is not offered (any more) (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The call-off is not offered (any more)",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVariation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVariationDto"];
            };
        };
        responses: {
            /** @description Done: the call-off as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: commissioner, admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call-off cannot be varied in its status, or the provider lacks the sessions (invalid_transition, capacity_exhausted) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The call-off cannot be varied in its status, or the provider lacks the sessions",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The variation breaks a placement rule (registration_threshold, effective_date_out_of_range, extension_not_later, calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "registration_threshold",
                     *       "detail": "The variation breaks a placement rule",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Registration threshold crossed",
                     *       "type": "urn:ap-exchange:problem:registration_threshold"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawCallOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCallOffDto"];
            };
        };
        responses: {
            /** @description Done: the call-off as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOffDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call-off has been answered, or has lapsed (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The call-off has been answered, or has lapsed",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapacity: {
        parameters: {
            query: {
                lotId: string;
                from: string;
                to: string;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capacity. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The lot does not exist in the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The lot does not exist in the caller’s scope",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check type list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckTypeListDto"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectory: {
        parameters: {
            query?: {
                lotId?: string;
                /** @description Words to find in a provider’s name or description. */
                q?: string;
                category?: components["schemas"]["ProviderCategory"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page; omit to read from the first event. */
                after?: string;
                /** @description Event types to return (default: every type), comma-separated or the parameter repeated. */
                types?: components["schemas"]["EventType"][];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event feed. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBenchmarks: {
        parameters: {
            query: {
                lotId: string;
                /** @description First day of the window placements must be live in (default: `to`). */
                from?: string;
                /** @description Last day of the window (default: today). Prices are the approved cards in force on this day. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lot’s benchmarks (JSON), or the same as CSV. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarksDto"];
                    "text/csv": string;
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The lot does not exist in the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The lot does not exist in the caller’s scope",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An annual-place price needs an academic year no calendar defines (calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "calendar_missing",
                     *       "detail": "An annual-place price needs an academic year no calendar defines",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "No school calendar for the dates",
                     *       "type": "urn:ap-exchange:problem:calendar_missing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHighCostPlacements: {
        parameters: {
            query: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                lotId: string;
                /** @description One organisation’s placements (admin). A commissioner sees its own only. */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of high-cost placements; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description CSV only: the cursor of the next page, when there is one. */
                    "X-Next-Cursor"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HighCostPlacementPageDto"];
                    "text/csv": string;
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The lot, or the organisation named, is not in the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The lot, or the organisation named, is not in the caller’s scope",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An annual-place price needs an academic year no calendar defines (calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "calendar_missing",
                     *       "detail": "An annual-place price needs an academic year no calendar defines",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "No school calendar for the dates",
                     *       "type": "urn:ap-exchange:problem:calendar_missing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFrameworks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: components["schemas"]["FrameworkStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of frameworks; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFrameworkDto"];
            };
        };
        responses: {
            /** @description Created: the framework. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The address of the created resource. */
                    Location: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A framework already has this reference (duplicate_framework_reference); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_framework_reference",
                     *       "detail": "A framework already has this reference",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Duplicate framework reference",
                     *       "type": "urn:ap-exchange:problem:duplicate_framework_reference"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The term is longer than the Procurement Act 2023 allows, or an organisation does not exist (framework_term_too_long, organisation_not_found) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "framework_term_too_long",
                     *       "detail": "The term is longer than the Procurement Act 2023 allows, or an organisation does not exist",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Framework term too long",
                     *       "type": "urn:ap-exchange:problem:framework_term_too_long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The framework. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFramework: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read (such as "3"); a stale one is refused with 412, a missing one with 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFrameworkDto"];
            };
        };
        responses: {
            /** @description Done: the framework as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a draft framework can be changed (framework_not_draft) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "framework_not_draft",
                     *       "detail": "Only a draft framework can be changed",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Framework no longer draft",
                     *       "type": "urn:ap-exchange:problem:framework_not_draft"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The term is longer than the Procurement Act 2023 allows, or an organisation does not exist (framework_term_too_long, organisation_not_found) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "framework_term_too_long",
                     *       "detail": "The term is longer than the Procurement Act 2023 allows, or an organisation does not exist",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Framework term too long",
                     *       "type": "urn:ap-exchange:problem:framework_term_too_long"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description precondition_required: If-Match is missing (or `*`), so the change could overwrite one not seen.; or if-Match is required here, so that a lost update cannot happen (precondition_required) */
            428: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the framework as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The framework is not a draft, or has no lots (invalid_transition, framework_has_no_lots) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The framework is not a draft, or has no lots",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBlanketExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBlanketExtensionDto"];
            };
        };
        responses: {
            /** @description Done: the blanket extension as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlanketExtensionDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLots: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of lots; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLot: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLotDto"];
            };
        };
        responses: {
            /** @description Created: the lot. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The address of the created resource. */
                    Location: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The number is taken, or the framework is no longer a draft (duplicate_lot_number, framework_not_draft); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_lot_number",
                     *       "detail": "The number is taken, or the framework is no longer a draft",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Duplicate lot number",
                     *       "type": "urn:ap-exchange:problem:duplicate_lot_number"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A mandatory check type is not in the catalogue (unknown_check_type) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unknown_check_type",
                     *       "detail": "A mandatory check type is not in the catalogue",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Unknown check type",
                     *       "type": "urn:ap-exchange:problem:unknown_check_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lot. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLot: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read (such as "3"); a stale one is refused with 412, a missing one with 428. */
                "If-Match": string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLotDto"];
            };
        };
        responses: {
            /** @description Done: the lot as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Award rules change only while the framework is a draft (framework_not_draft, duplicate_lot_number) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "framework_not_draft",
                     *       "detail": "Award rules change only while the framework is a draft",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Framework no longer draft",
                     *       "type": "urn:ap-exchange:problem:framework_not_draft"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A mandatory check type is not in the catalogue (unknown_check_type) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unknown_check_type",
                     *       "detail": "A mandatory check type is not in the catalogue",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Unknown check type",
                     *       "type": "urn:ap-exchange:problem:unknown_check_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description precondition_required: If-Match is missing (or `*`), so the change could overwrite one not seen.; or if-Match is required here, so that a lost update cannot happen (precondition_required) */
            428: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMatches: {
        parameters: {
            query: {
                startDate: string;
                endDate: string;
                sessionsPerWeek: number;
                latitude?: number;
                longitude?: number;
            };
            header?: never;
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matches. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchesDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement breaks a lot rule, or no calendar covers its dates (sessions_above_lot_maximum, calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "sessions_above_lot_maximum",
                     *       "detail": "The placement breaks a lot rule, or no calendar covers its dates",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Sessions above the lot maximum",
                     *       "type": "urn:ap-exchange:problem:sessions_above_lot_maximum"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLotMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only providers eligible for this lot on this date. */
                eligibleOn?: string;
            };
            header?: never;
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lot member list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotMemberListDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addLotMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddLotMemberDto"];
            };
        };
        responses: {
            /** @description Created: the lot member. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotMemberDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider is already a member of the lot (duplicate_lot_member); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_lot_member",
                     *       "detail": "The provider is already a member of the lot",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Already a lot member",
                     *       "type": "urn:ap-exchange:problem:duplicate_lot_member"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider does not exist, is not approved, or is unregistered for a registered-only lot (provider_not_found, provider_not_approved, unregistered_for_registered_lot) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "provider_not_found",
                     *       "detail": "The provider does not exist, is not approved, or is unregistered for a registered-only lot",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Provider not found",
                     *       "type": "urn:ap-exchange:problem:provider_not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reinstateLotMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                lotId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipReasonDto"];
            };
        };
        responses: {
            /** @description Done: the lot member as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotMemberDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership is not suspended (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The membership is not suspended",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeLotMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                lotId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipReasonDto"];
            };
        };
        responses: {
            /** @description Done: the lot member as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotMemberDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership has already been removed (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The membership has already been removed",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendLotMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                lotId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipReasonDto"];
            };
        };
        responses: {
            /** @description Done: the lot member as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotMemberDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership is not active (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The membership is not active",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                kind?: components["schemas"]["OrganisationKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organisations; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description Created: the organisation. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The address of the created resource. */
                    Location: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An organisation already has this code (duplicate_organisation_code); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_organisation_code",
                     *       "detail": "An organisation already has this code",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Duplicate organisation code",
                     *       "type": "urn:ap-exchange:problem:duplicate_organisation_code"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrganisationCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read ("0" while the organisation has no calendar of its own); a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarDto"];
            };
        };
        responses: {
            /** @description Done: the calendar as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNthSchoolDay: {
        parameters: {
            query: {
                /** @description The first school day on or after this date is day 1. */
                from: string;
                n: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nth school day. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NthSchoolDayDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No calendar covers the years the count reaches (calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "calendar_missing",
                     *       "detail": "No calendar covers the years the count reaches",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "No school calendar for the dates",
                     *       "type": "urn:ap-exchange:problem:calendar_missing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countSchoolDays: {
        parameters: {
            query: {
                from: string;
                /** @description Inclusive; not before from. */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school days. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDaysDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No calendar covers an academic year in the range (calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "calendar_missing",
                     *       "detail": "No calendar covers an academic year in the range",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "No school calendar for the dates",
                     *       "type": "urn:ap-exchange:problem:calendar_missing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviders: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                category?: components["schemas"]["ProviderCategory"];
                registrationStatus?: components["schemas"]["RegistrationStatus"];
                directoryStatus?: components["schemas"]["DirectoryStatus"];
                /** @description Only providers admitted to this lot (any membership status but removed). */
                lotId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of providers; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider key’s own provider no longer exists (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The provider key’s own provider no longer exists",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderDto"];
            };
        };
        responses: {
            /** @description Created: the provider. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The address of the created resource. */
                    Location: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another provider has this URN or UKPRN (duplicate_provider_urn, duplicate_provider_ukprn); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_provider_urn",
                     *       "detail": "Another provider has this URN or UKPRN",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Duplicate URN",
                     *       "type": "urn:ap-exchange:problem:duplicate_provider_urn"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProvider: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read (such as "3"); a stale one is refused with 412, a missing one with 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderDto"];
            };
        };
        responses: {
            /** @description Done: the provider as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another provider has this URN or UKPRN (duplicate_provider_urn, duplicate_provider_ukprn) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "duplicate_provider_urn",
                     *       "detail": "Another provider has this URN or UKPRN",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Duplicate URN",
                     *       "type": "urn:ap-exchange:problem:duplicate_provider_urn"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description precondition_required: If-Match is missing (or `*`), so the change could overwrite one not seen.; or if-Match is required here, so that a lost update cannot happen (precondition_required) */
            428: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declareCapacity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCapacityDeclarationDto"];
            };
        };
        responses: {
            /** @description Created: the capacity declaration. */
            201: {
                headers: {
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityDeclarationDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was used with a different request body.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Idempotency-Key reused",
                     *       "type": "urn:ap-exchange:problem:idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The lot is not one the provider may declare on (lot_not_found) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "lot_not_found",
                     *       "detail": "The lot is not one the provider may declare on",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Lot not found",
                     *       "type": "urn:ap-exchange:problem:lot_not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChecks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckListDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCheckDto"];
            };
        };
        responses: {
            /** @description Created: the check. */
            201: {
                headers: {
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was used with a different request body.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Idempotency-Key reused",
                     *       "type": "urn:ap-exchange:problem:idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The type is not in the catalogue, or the insurance cover is below its minimum (unknown_check_type, insurance_cover_too_low) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unknown_check_type",
                     *       "detail": "The type is not in the catalogue, or the insurance cover is below its minimum",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Unknown check type",
                     *       "type": "urn:ap-exchange:problem:unknown_check_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setDirectoryStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDirectoryStatusDto"];
            };
        };
        responses: {
            /** @description Done: the provider as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The directory status cannot move from its current one to this (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "The directory status cannot move from its current one to this",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A mandatory check is missing, failed or expired today (checks_not_satisfied) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "checks_not_satisfied",
                     *       "detail": "A mandatory check is missing, failed or expired today",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Mandatory checks not satisfied",
                     *       "type": "urn:ap-exchange:problem:checks_not_satisfied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEligibility: {
        parameters: {
            query: {
                lotId: string;
                /** @description Defaults to today (London). Checks are judged as they stood on this date (the newest verified on or before it, with its expiry and any conditions). Directory status and lot membership are taken as they stand now: a suspension or removal applies to every date, so a provider suspended today takes no new placement even with a start date in the past. */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The eligibility. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRateCardDto"];
            };
        };
        responses: {
            /** @description Created: the rate card. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A later card of the provider and lot is already in place (rate_card_overlaps_later_card); or the Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_card_overlaps_later_card",
                     *       "detail": "A later card of the provider and lot is already in place",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Rate card overlaps a later card",
                     *       "type": "urn:ap-exchange:problem:rate_card_overlaps_later_card"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The lot does not price these units, or a price is above its ceiling (lot_not_found, unit_not_allowed, price_above_ceiling) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "lot_not_found",
                     *       "detail": "The lot does not price these units, or a price is above its ceiling",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Lot not found",
                     *       "type": "urn:ap-exchange:problem:lot_not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuoteDto"];
            };
        };
        responses: {
            /** @description Done: the quote as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider cannot be priced for this placement (provider_not_found, lot_not_found, no_rate_card, provider_ineligible, sessions_above_lot_maximum, calendar_missing) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "provider_not_found",
                     *       "detail": "The provider cannot be priced for this placement",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Provider not found",
                     *       "type": "urn:ap-exchange:problem:provider_not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRateCards: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                providerId?: string;
                lotId?: string;
                /** @description Only cards in force on this date. */
                date?: string;
                status?: components["schemas"]["RateCardStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rate cards; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardPageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveRateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRateCardDto"];
            };
        };
        responses: {
            /** @description Done: the rate card as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a submitted card can be approved (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "Only a submitted card can be approved",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A price is above the lot’s ceiling, or rises above the framework’s yearly cap without an override reason (price_above_ceiling, uplift_above_cap) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "price_above_ceiling",
                     *       "detail": "A price is above the lot’s ceiling, or rises above the framework’s yearly cap without an override reason",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Price above the lot ceiling",
                     *       "type": "urn:ap-exchange:problem:price_above_ceiling"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectRateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRateCardDto"];
            };
        };
        responses: {
            /** @description Done: the rate card as it now stands. */
            200: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a submitted card can be rejected (invalid_transition) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "invalid_transition",
                     *       "detail": "Only a submitted card can be rejected",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Transition not allowed",
                     *       "type": "urn:ap-exchange:problem:invalid_transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale; currentVersion is the version to send (precondition_failed) */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "detail": "If-Match does not match the current version (4).",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 412,
                     *       "title": "Stale version",
                     *       "type": "urn:ap-exchange:problem:precondition_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSpotPurchases: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Admin and auditor: one organisation only. */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of spot purchases; nextCursor fetches the next (null on the last). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotPurchasePageDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, auditor, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSpotPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpotPurchaseDto"];
            };
        };
        responses: {
            /** @description Created: the spot purchase. */
            201: {
                headers: {
                    /** @description The resource’s version, quoted: send it back in If-Match to change the resource. */
                    ETag: string;
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotPurchaseDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was used with a different request body.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Idempotency-Key reused",
                     *       "type": "urn:ap-exchange:problem:idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body names a provider or lot that does not exist, or a UPN-shaped childRef (provider_not_found, lot_not_found, child_ref_looks_like_upn) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "provider_not_found",
                     *       "detail": "The body names a provider or lot that does not exist, or a UPN-shaped childRef",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 422,
                     *       "title": "Provider not found",
                     *       "type": "urn:ap-exchange:problem:provider_not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook subscription list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionListDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            /** @description Created: the created webhook subscription. */
            201: {
                headers: {
                    /** @description Present, as true, when this is the stored answer to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscriptionDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running (idempotency_key_reused, idempotency_request_in_progress) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was used with a different request body.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 409,
                     *       "title": "Idempotency-Key reused",
                     *       "type": "urn:ap-exchange:problem:idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook subscription. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook delivery list. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the webhook delivery as it now stands. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the rotated secret as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecretDto"];
                };
            };
            /** @description Malformed or invalid input; errors[] names each field (validation_failed, malformed_json, invalid_if_match) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "detail": "The request has 1 invalid field.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 400,
                     *       "title": "Invalid input",
                     *       "type": "urn:ap-exchange:problem:validation_failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked (unauthenticated) */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unauthenticated",
                     *       "detail": "Send an API key as \"Authorization: Bearer <key>\".",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 401,
                     *       "title": "Not authenticated",
                     *       "type": "urn:ap-exchange:problem:unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key’s role may not do this (allowed: admin, commissioner, provider) (forbidden) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "forbidden",
                     *       "detail": "Your API key may not do this.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "urn:ap-exchange:problem:forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or one outside the caller’s scope (not_found) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "not_found",
                     *       "detail": "The record was not found.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "urn:ap-exchange:problem:not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MB (payload_too_large) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the 1 MB limit.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 413,
                     *       "title": "Content too large",
                     *       "type": "urn:ap-exchange:problem:payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "unsupported_media_type",
                     *       "detail": "Send the request body as application/json.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 415,
                     *       "title": "Unsupported media type",
                     *       "type": "urn:ap-exchange:problem:unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "rate_limited",
                     *       "detail": "Too many requests; try again in 12 seconds.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 429,
                     *       "title": "Too many requests",
                     *       "type": "urn:ap-exchange:problem:rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected fault of ours; quote the requestId (internal_error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side. Quote the requestId if you contact us.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 500,
                     *       "title": "Internal error",
                     *       "type": "urn:ap-exchange:problem:internal_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same Idempotency-Key; transient_failure: it collided with another request and nothing was done (database_unavailable, service_busy, transient_failure, migrations_pending) */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "database_unavailable",
                     *       "detail": "The database is not answering.",
                     *       "requestId": "0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11",
                     *       "status": 503,
                     *       "title": "Database unavailable",
                     *       "type": "urn:ap-exchange:problem:database_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
