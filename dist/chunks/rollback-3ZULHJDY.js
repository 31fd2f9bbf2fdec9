import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-GP47FD2T.js";
import "./chunk-3KY26B4R.js";
import "./chunk-DXF5YXQ6.js";
import "./chunk-IYEALWL5.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-55NA3AYV.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-JTYWG3OT.js";
import "./chunk-MBYAP3EH.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-QT7Y6ZT3.js";
import "./chunk-ZOIA7OHR.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FYMZRVSS.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-GMJUDOBJ.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
