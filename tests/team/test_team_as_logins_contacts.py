"""Contact service tests on a team database, each person connected as their own login: officers
add and correct contacts, anyone marks do-not-contact, administrators merge, undo and erase (which
blanks the erased person's text in the audit log, the one change the log allows)."""

from tests.services.test_contacts_dnc_interaction import (  # noqa: F401 - with its fixture
    test_call_to_a_do_not_call_contact_warns_and_needs_a_reason,
    wang,
)
from tests.services.test_contacts_merge import (  # noqa: F401
    lists,
    test_duplicate_groups_and_merge_with_undo,
    test_static_and_smart_lists_leave_out_do_not_contact,
)
from tests.services.test_contacts_officer_edit import test_officer_edits_own_contact_only  # noqa: F401
from tests.services.test_contacts_service import (  # noqa: F401
    some,
    svc,
    test_do_not_contact,
    test_permissions,
    test_trash_restore_and_erase,
)
