export { CoacheesScreen } from './CoacheesScreen';
export { CoacheeBadge } from './CoacheeBadge';
export { profileLabel } from '../../ui/profileLabel';
