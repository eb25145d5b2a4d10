import '@fontsource/noto-sans-jp/400.css';
import './print.css';
import './components/senkon-app.ts';
