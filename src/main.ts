import { register as registerRegularFont } from 'virtual:font-faces/@fontsource/noto-sans-jp/400';
import './print.css';
import './components/senkon-app.ts';

void registerRegularFont();
