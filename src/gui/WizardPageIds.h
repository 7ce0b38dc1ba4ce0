#pragma once

namespace onboard {

// The pages of the setup wizard, in order.
enum WizardPageId { WelcomePageId, PermissionsPageId, ConnectionPageId, ConsentPageId, TestCallPageId, DonePageId };

} // namespace onboard
